"""Sending a stored file as a download, and saying so in Vietnamese when it is gone.

The record survives a lost file (a disk replaced, a restore without its files): the page then
answers 404 with what is missing and what to do, not a server error.
"""

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render


def stored_file_response(request: HttpRequest, file: FieldFile, filename: str
                         ) -> HttpResponse | FileResponse:
    """`file` as an attachment named `filename`, or the "file missing" page with 404."""
    try:
        handle = file.open("rb") if file else None
    except OSError:  # the storage lost it; the record still names it
        handle = None
    if handle is None:
        return render(request, "missing_file.html", {"filename": filename}, status=404)
    return FileResponse(handle, as_attachment=True, filename=filename)
