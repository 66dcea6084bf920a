"""Settings read from the environment: DEBUG and the secret key outside a developer's machine."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW = "from kehoach import settings; print(settings.DEBUG, settings.SECRET_KEY[:6])"


def settings_with(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in {"KEHOACH_DEV", "DEBUG", "SECRET_KEY"}}
    return subprocess.run([sys.executable, "-c", SHOW], cwd=ROOT,  # noqa: S603
                          env={**clean, **env}, capture_output=True, text=True, check=False)


def test_it_refuses_to_start_without_a_secret_key() -> None:
    done = settings_with()
    assert done.returncode != 0
    assert "SECRET_KEY must be set" in done.stderr


def test_it_keeps_debug_off_outside_development() -> None:
    assert settings_with(SECRET_KEY="s3cret-from-the-vault").stdout.split() == [
        "False", "s3cret"]
    refused = settings_with(SECRET_KEY="s3cret-from-the-vault", DEBUG="true")
    assert refused.returncode != 0
    assert "KEHOACH_DEV=1" in refused.stderr


def test_a_developer_gets_debug_and_a_throwaway_key() -> None:
    assert settings_with(KEHOACH_DEV="1").stdout.split() == ["True", "laptop"]
    assert settings_with(KEHOACH_DEV="1", DEBUG="false").stdout.split() == ["False", "laptop"]


def show(code: str, **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in {"KEHOACH_DEV", "DEBUG", "SECRET_KEY", "SECRET_KEY_FILE", "HTTPS",
                          "CONN_MAX_AGE", "CONN_HEALTH_CHECKS", "DATABASE_URL"}}
    program = "from kehoach import settings as s; " + code
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT,  # noqa: S603
                          env={**clean, **env}, capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_connections_are_kept_and_checked_by_default() -> None:
    code = "d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    assert show(code, KEHOACH_DEV="1") == ["60", "True"]
    assert show(code, KEHOACH_DEV="1", DATABASE_URL="postgres://kehoach@db.example/kehoach",
                CONN_MAX_AGE="0", CONN_HEALTH_CHECKS="false") == ["0", "False"]


def test_the_secret_key_can_come_from_a_file(tmp_path: Path) -> None:
    key_file = tmp_path / "secret_key"
    key_file.write_text("tu-tep-bi-mat-0123456789abcdef\n", encoding="utf-8")
    assert show("print(s.SECRET_KEY, s.DEBUG)", SECRET_KEY_FILE=str(key_file)) == [
        "tu-tep-bi-mat-0123456789abcdef", "False"]


def test_outside_development_static_files_get_hashed_names_and_https_is_assumed() -> None:
    code = ("print(s.STORAGES['staticfiles']['BACKEND'], s.SESSION_COOKIE_SECURE, "
            "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS > 0)")
    assert show(code, SECRET_KEY="s3cret-from-the-vault") == [
        "whitenoise.storage.CompressedManifestStaticFilesStorage", "True", "True", "True"]
    # `make run`: DEBUG off on plain http://127.0.0.1:8000, so no secure cookies nor HSTS.
    assert show(code, SECRET_KEY="s3cret-from-the-vault", HTTPS="false") == [
        "whitenoise.storage.CompressedManifestStaticFilesStorage", "False", "False", "False"]
