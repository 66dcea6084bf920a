"""At log-in into a database that holds the demo, the session notes it: every page then says
that this is Sóc Trăng's 2024 world seen from today, and where to look (templates/base.html).

Noted once per log-in, so pages ask the database nothing more for it.
"""

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from demo.banner import demo_plan_id

DEMO_SESSION_KEY = "kehoach_demo_plan"


@receiver(user_logged_in)
def note_demo_world(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is None or not hasattr(request, "session"):
        return
    plan = demo_plan_id()
    if plan is not None:
        request.session[DEMO_SESSION_KEY] = plan
    else:
        request.session.pop(DEMO_SESSION_KEY, None)
