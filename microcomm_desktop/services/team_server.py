"""Which team server to open, and its password in the OS keyring (never in the INI file).

The settings file keeps the URL without its password; the password goes to the OS keyring (Keychain, Windows
Credential Manager, Secret Service) under the URL as the account name. The URL given on the command line or in
MICROCOMM_DATABASE_URL wins over the saved one, so a script never depends on what the GUI saved.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import URL

from microcomm_desktop.i18n import translate
from microcomm_desktop.services.file_reads import SETTING_URL as SETTING_URL  # read before the data layer is in
from microcomm_desktop.store.db import ENV_DATABASE_URL, BadDatabaseUrl, describe_url, make_engine, server_url

KEYRING_SERVICE = "MicroComm Desktop team server"


class KeyringUnavailable(Exception):
    """No OS keyring to keep the password in; the message says what to do instead."""


@dataclass(frozen=True)
class ServerForm:
    host: str
    port: str
    database: str
    user: str
    password: str


def url_from_form(form: ServerForm) -> tuple[URL | None, dict[str, str]]:
    """The URL the form describes (with the password), or per-field sentences saying what is wrong."""
    errors: dict[str, str] = {}
    host = form.host.strip()
    if not host:
        errors["host"] = translate(
            "services.team_server", "Enter the server's name or address (ask whoever set up the team database)."
        )
    port: int | None = None
    if form.port.strip():
        try:
            port = int(form.port.strip())
            if not 1 <= port <= 65535:
                raise ValueError
        except ValueError:
            errors["port"] = translate(
                "services.team_server", "The port is a whole number from 1 to 65535 (PostgreSQL's usual one is 5432)."
            )
    if not form.database.strip():
        errors["database"] = translate("services.team_server", "Enter the database's name.")
    if not form.user.strip():
        errors["user"] = translate("services.team_server", "Enter your user name on the server.")
    if errors:
        return None, errors
    query = {"host": host} if host.startswith("/") else {}
    url = URL.create(
        "postgresql+psycopg",
        username=form.user.strip(),
        password=form.password or None,
        host=None if query else host,
        port=port if not query else None,
        database=form.database.strip(),
        query={**query, **({"port": str(port)} if query and port else {})},
    )
    return url, {}


def without_password(url: URL) -> str:
    # Not ``url.set(password=None)``: None there means "keep the password" (a test caught it in the INI file).
    return url._replace(password=None).render_as_string(hide_password=False)


def save_password(url: URL) -> None:
    """Keep the URL's password in the OS keyring (or forget it when the URL has none)."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        account = without_password(url)
        if url.password:
            keyring.set_password(KEYRING_SERVICE, account, str(url.password))
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, account)
            except PasswordDeleteError:
                pass
    except (ImportError, KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(
            translate(
                "services.team_server",
                "This computer has no keyring to keep the password safely, so it was not saved. Use a login without a "
                "password stored here (a ~/.pgpass file or the server's trust rules), or type it at each start.",
            )
        ) from exc


def with_saved_password(saved: str) -> str:
    """The saved URL (no password) with the password from the keyring, when there is one."""
    url = server_url(saved)
    if url.password:
        return url.render_as_string(hide_password=False)
    try:
        import keyring
        from keyring.errors import KeyringError

        password = keyring.get_password(KEYRING_SERVICE, without_password(url))
    except (ImportError, KeyringError, RuntimeError):
        password = None
    return url.set(password=password).render_as_string(hide_password=False) if password else saved


def chosen_url(cli_value: str | None, saved: str | None) -> str | None:
    """--database, else MICROCOMM_DATABASE_URL, else the URL File › Connect to team server… saved; None = local."""
    if cli_value:
        return cli_value
    if os.environ.get(ENV_DATABASE_URL):
        return os.environ[ENV_DATABASE_URL]
    return with_saved_password(saved) if saved else None


def check_connection(url: URL) -> str:
    """Connect once and say what was found; raises with a user sentence when the server cannot be reached."""
    from sqlalchemy import text

    from microcomm_desktop.store.migrate import current_revisions

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
        revs = current_revisions(engine)
    except Exception as exc:
        from microcomm_desktop.services.context import server_unavailable_message

        raise BadDatabaseUrl(server_unavailable_message(url, exc)) from exc
    finally:
        engine.dispose()
    if revs:
        message = translate(
            "services.team_server", "Connected to {server} (PostgreSQL {version}); the database holds MicroComm data."
        )
    else:
        message = translate(
            "services.team_server",
            "Connected to {server} (PostgreSQL {version}); the database is empty: MicroComm will set it up.",
        )
    return message.format(server=describe_url(url), version=version.split()[0])


@dataclass
class ConnectResult:
    """What the connect dialog shows: per-field errors, or the URL to save (no password) and a sentence."""

    errors: dict[str, str]
    saved_url: str = ""
    message: str = ""


def connect(form: ServerForm, test_only: bool = False) -> ConnectResult:
    """Check the form, reach the server, and (unless ``test_only``) keep the password in the keyring.

    The caller stores ``saved_url`` in its settings; it never contains the password.
    """
    url, errors = url_from_form(form)
    if url is None:
        return ConnectResult(errors)
    try:
        message = check_connection(url)
    except BadDatabaseUrl as exc:
        return ConnectResult({"connection": str(exc)})
    if test_only:
        return ConnectResult({}, without_password(url), message)
    try:
        save_password(url)
    except KeyringUnavailable as exc:
        return ConnectResult({"password": str(exc)})
    return ConnectResult({}, without_password(url), message)


def form_from_saved(saved: str) -> ServerForm:
    """The dialog's fields for a saved URL (the password is never shown back)."""
    if not saved:
        return ServerForm("", "5432", "", "", "")
    url = server_url(saved)
    host = url.host or str(url.query.get("host") or "")
    port = url.port or url.query.get("port") or ""
    return ServerForm(host, str(port), url.database or "", url.username or "", "")
