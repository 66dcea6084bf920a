from django.urls import reverse

from kehoach.links import pk_url


def test_it_gives_the_link_reverse_gives_for_any_number() -> None:
    for viewname in ("units:detail", "plans:task_detail", "plans:detail"):
        link = pk_url(viewname)
        assert [link(pk) for pk in (1, 42, 10**15)] == [
            reverse(viewname, args=[pk]) for pk in (1, 42, 10**15)]
