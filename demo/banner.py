"""Whether this database holds the Sóc Trăng demo, so the app can say it is a 2024 world."""

from demo import soctrang
from plans.models import Plan


def demo_plan_id() -> int | None:
    """The demo plan 81/KH-UBND of the Sóc Trăng People's Committee, if loaded."""
    return (Plan.objects.filter(number=soctrang.PLAN["number"], symbol=soctrang.PLAN["symbol"],
                                issuer__code="ST")
            .values_list("pk", flat=True).first())
