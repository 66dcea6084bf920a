"""The results page of the header's search box."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from kehoach.http import AuthenticatedRequest
from search.selectors import clean_query, search_all


@login_required
def search(request: AuthenticatedRequest) -> HttpResponse:
    """A GET page, so a search is a link that can be kept and shared."""
    query = clean_query(request.GET.get("q", ""))
    groups = search_all(request.user, query)
    return render(request, "search/results.html", {
        "query": query, "search_query": query, "groups": groups,
        "total": sum(g.count for g in groups)})
