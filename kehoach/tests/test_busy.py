"""A database still busy after its wait answers 503 "try again" in Vietnamese, not a 500."""

import sqlite3
from pathlib import Path

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from kehoach.middleware import BusyDatabaseMiddleware, is_busy_error


def _locked_error(tmp_path: Path) -> OperationalError:
    """A real "database is locked" from SQLite, wrapped as Django wraps it."""
    path = tmp_path / "busy.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        waiter.execute("INSERT INTO t VALUES (1)")
    except sqlite3.OperationalError as error:
        wrapped = OperationalError(*error.args)
        wrapped.__cause__ = error
        return wrapped
    finally:
        waiter.close()
        holder.close()
    pytest.fail("SQLite did not refuse the second writer")


def test_a_locked_database_answers_503_with_retry_after(tmp_path, db) -> None:
    error = _locked_error(tmp_path)
    assert is_busy_error(error)
    middleware = BusyDatabaseMiddleware(lambda request: None)  # type: ignore[arg-type,return-value]
    request = RequestFactory().post("/records/products/new/")
    request.user = None
    response = middleware.process_exception(request, error)
    assert response is not None and response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Hệ thống đang bận, xin thử lại" in response.content.decode()


def test_other_database_errors_are_left_alone(db) -> None:
    assert not is_busy_error(OperationalError("no such table: plans_plan"))
    assert not is_busy_error(ValueError("database is locked"))
