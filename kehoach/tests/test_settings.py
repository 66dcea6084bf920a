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
