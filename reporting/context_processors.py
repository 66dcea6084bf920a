"""The unread-notice count for the header's bell, on every page."""

from django.http import HttpRequest

from reporting.models import Notice


def notices(request: HttpRequest) -> dict[str, int]:
    """One indexed count for a logged-in user (notice_user_unread); nothing for anyone else."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notices": 0}
    return {"unread_notices": Notice.objects.filter(user=user, read_at__isnull=True).count()}
