from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from guides import selectors
from kehoach.http import AuthenticatedRequest


@require_safe
@login_required
def index(request: AuthenticatedRequest) -> HttpResponse:
    """"Hướng dẫn": the guides of the user's role first, then every other one."""
    mine, others = selectors.topics_for(request.user)
    return render(request, "guides/index.html", {"mine": mine, "others": others})


@require_safe
@login_required
def topic(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """One guide, with the roles it concerns; readable by every logged-in user."""
    found = selectors.topic_get(slug)
    if found is None:
        raise Http404
    mine, _others = selectors.topics_for(request.user)
    return render(request, found.template, {
        "topic": found, "roles": selectors.role_names(found), "for_me": found in mine,
        "topics": selectors.topics_all(),
    })
