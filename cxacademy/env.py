"""Every environment variable the project reads, in one place.

Each has a safe default for a laptop (SQLite, immediate tasks, console email).
A cluster changes behaviour by setting variables, never by editing code.
`read()` is pure so that tests can check a configuration without touching
`os.environ`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class EnvError(ValueError):
    """A variable is set to something the project cannot use."""


def _bool(environ: Mapping[str, str], name: str, default: bool) -> bool:
    raw = environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise EnvError(f"{name} must be true or false, not {raw!r}")


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise EnvError(f"{name} must be a whole number, not {raw!r}") from exc


def _list(environ: Mapping[str, str], name: str, default: list[str]) -> list[str]:
    raw = environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def _days(environ: Mapping[str, str], name: str, default: tuple[int, ...]) -> tuple[int, ...]:
    raw = environ.get(name)
    if raw is None:
        return default
    try:
        return tuple(sorted({int(part) for part in raw.split(",") if part.strip()}, reverse=True))
    except ValueError as exc:
        raise EnvError(f"{name} must be whole numbers separated by commas, not {raw!r}") from exc


@dataclass(frozen=True)
class OidcProvider:
    provider_id: str
    name: str
    server_url: str
    client_id: str
    secret: str


@dataclass(frozen=True)
class SamlProvider:
    organization_slug: str
    name: str
    idp_entity_id: str
    idp_metadata_url: str
    idp_sso_url: str
    idp_x509cert: str
    sp_entity_id: str


@dataclass(frozen=True)
class Config:
    secret_key: str
    debug: bool
    allowed_hosts: list[str]
    csrf_trusted_origins: list[str]
    site_url: str
    database_url: str
    redis_url: str
    task_backend: str
    media_root: Path
    media_url: str
    media_storage: str
    static_root: Path
    email_host: str
    email_port: int
    email_host_user: str
    email_host_password: str
    email_use_tls: bool
    default_from_email: str
    signup_open: bool
    email_verification: str
    require_staff_mfa: bool
    secure_ssl_redirect: bool
    secure_proxy_ssl_header: bool
    hsts_seconds: int
    time_zone: str
    oidc: OidcProvider | None = None
    saml: SamlProvider | None = None
    log_level: str = "INFO"
    certificate_reminder_days: tuple[int, ...] = (60, 30, 7)
    assignment_reminder_days: tuple[int, ...] = (7, 1)
    exports_root: Path = BASE_DIR / "var" / "exports"
    imports_root: Path = BASE_DIR / "var" / "imports"
    export_background_rows: int = 5_000
    export_keep_hours: int = 24
    trusted_proxy_count: int = 0
    job_stale_seconds: int = 120


def _oidc(environ: Mapping[str, str]) -> OidcProvider | None:
    server_url = environ.get("SSO_OIDC_SERVER_URL", "").strip()
    if not server_url:
        return None
    client_id = environ.get("SSO_OIDC_CLIENT_ID", "").strip()
    if not client_id:
        raise EnvError("SSO_OIDC_CLIENT_ID is required when SSO_OIDC_SERVER_URL is set")
    return OidcProvider(
        provider_id=environ.get("SSO_OIDC_PROVIDER_ID", "corporate").strip() or "corporate",
        name=environ.get("SSO_OIDC_NAME", "Single sign-on").strip() or "Single sign-on",
        server_url=server_url,
        client_id=client_id,
        secret=environ.get("SSO_OIDC_CLIENT_SECRET", ""),
    )


def _saml(environ: Mapping[str, str]) -> SamlProvider | None:
    entity_id = environ.get("SSO_SAML_IDP_ENTITY_ID", "").strip()
    if not entity_id:
        return None
    metadata_url = environ.get("SSO_SAML_IDP_METADATA_URL", "").strip()
    sso_url = environ.get("SSO_SAML_IDP_SSO_URL", "").strip()
    x509cert = environ.get("SSO_SAML_IDP_X509CERT", "").strip()
    if not metadata_url and not (sso_url and x509cert):
        raise EnvError(
            "SAML needs SSO_SAML_IDP_METADATA_URL, or both SSO_SAML_IDP_SSO_URL "
            "and SSO_SAML_IDP_X509CERT"
        )
    return SamlProvider(
        organization_slug=environ.get("SSO_SAML_ORGANIZATION", "corporate").strip() or "corporate",
        name=environ.get("SSO_SAML_NAME", "Corporate SAML").strip() or "Corporate SAML",
        idp_entity_id=entity_id,
        idp_metadata_url=metadata_url,
        idp_sso_url=sso_url,
        idp_x509cert=x509cert,
        sp_entity_id=environ.get("SSO_SAML_SP_ENTITY_ID", "").strip(),
    )


def read(environ: Mapping[str, str] | None = None) -> Config:
    """Build the configuration from an environment mapping (default: os.environ)."""
    environ = os.environ if environ is None else environ
    redis_url = environ.get("REDIS_URL", "").strip()
    task_backend = environ.get("TASK_BACKEND", "").strip().lower() or (
        "rq" if redis_url else "immediate"
    )
    if task_backend not in {"immediate", "rq"}:
        raise EnvError(f"TASK_BACKEND must be immediate or rq, not {task_backend!r}")
    if task_backend == "rq" and not redis_url:
        raise EnvError("TASK_BACKEND=rq needs REDIS_URL")
    verification = environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory").strip().lower()
    if verification not in {"mandatory", "optional", "none"}:
        raise EnvError("ACCOUNT_EMAIL_VERIFICATION must be mandatory, optional or none")
    site_url = environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
    # X-Forwarded-For is whatever the client wrote, except for the addresses our own
    # proxies appended at its right end; only that many entries may be believed.
    trusted_proxy_count = _int(environ, "TRUSTED_PROXY_COUNT", 0)
    if trusted_proxy_count < 0:
        raise EnvError(f"TRUSTED_PROXY_COUNT must be 0 or more, not {trusted_proxy_count}")
    return Config(
        secret_key=environ.get("SECRET_KEY", ""),
        debug=_bool(environ, "DEBUG", False),
        allowed_hosts=_list(environ, "ALLOWED_HOSTS", ["127.0.0.1", "localhost"]),
        csrf_trusted_origins=_list(environ, "CSRF_TRUSTED_ORIGINS", []),
        site_url=site_url,
        database_url=environ.get("DATABASE_URL", "").strip(),
        redis_url=redis_url,
        task_backend=task_backend,
        media_root=Path(environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))),
        media_url=environ.get("MEDIA_URL", "/media/"),
        media_storage=environ.get("MEDIA_STORAGE", "django.core.files.storage.FileSystemStorage"),
        static_root=Path(environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))),
        email_host=environ.get("EMAIL_HOST", "").strip(),
        email_port=_int(environ, "EMAIL_PORT", 587),
        email_host_user=environ.get("EMAIL_HOST_USER", ""),
        email_host_password=environ.get("EMAIL_HOST_PASSWORD", ""),
        email_use_tls=_bool(environ, "EMAIL_USE_TLS", True),
        default_from_email=environ.get(
            "DEFAULT_FROM_EMAIL", "CX Academy <no-reply@cxacademy.localhost>"
        ),
        signup_open=_bool(environ, "SIGNUP_OPEN", True),
        email_verification=verification,
        require_staff_mfa=_bool(environ, "REQUIRE_STAFF_MFA", False),
        secure_ssl_redirect=_bool(environ, "SECURE_SSL_REDIRECT", True),
        secure_proxy_ssl_header=_bool(environ, "SECURE_PROXY_SSL_HEADER", False),
        hsts_seconds=_int(environ, "SECURE_HSTS_SECONDS", 31_536_000),
        time_zone=environ.get("TIME_ZONE", "Asia/Jakarta"),
        oidc=_oidc(environ),
        saml=_saml(environ),
        log_level=environ.get("LOG_LEVEL", "INFO").upper(),
        certificate_reminder_days=_days(environ, "CERTIFICATE_REMINDER_DAYS", (60, 30, 7)),
        assignment_reminder_days=_days(environ, "ASSIGNMENT_REMINDER_DAYS", (7, 1)),
        exports_root=Path(environ.get("EXPORTS_ROOT", str(BASE_DIR / "var" / "exports"))),
        imports_root=Path(environ.get("IMPORTS_ROOT", str(BASE_DIR / "var" / "imports"))),
        export_background_rows=_int(environ, "EXPORT_BACKGROUND_ROWS", 5_000),
        export_keep_hours=_int(environ, "EXPORT_KEEP_HOURS", 24),
        trusted_proxy_count=trusted_proxy_count,
        job_stale_seconds=_int(environ, "JOB_STALE_SECONDS", 120),
    )


def dev_secret_key(path: Path = BASE_DIR / "var" / "dev-secret-key") -> str:
    """A per-checkout random key for development, created on first use.

    Development gets a real random key without one ever being written in the code.
    """
    import secrets

    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    return key


def social_providers(config: Config) -> dict:
    """allauth's SOCIALACCOUNT_PROVIDERS for the configured single sign-on."""
    providers: dict = {}
    if config.oidc:
        providers["openid_connect"] = {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": config.oidc.provider_id,
                    "name": config.oidc.name,
                    "client_id": config.oidc.client_id,
                    "secret": config.oidc.secret,
                    "settings": {"server_url": config.oidc.server_url},
                }
            ],
        }
    if config.saml:
        idp: dict = {"entity_id": config.saml.idp_entity_id}
        if config.saml.idp_metadata_url:
            idp["metadata_url"] = config.saml.idp_metadata_url
        else:
            idp["sso_url"] = config.saml.idp_sso_url
            idp["x509cert"] = config.saml.idp_x509cert
        saml_settings: dict = {
            "attribute_mapping": {
                "uid": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
                "email": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
                "email_verified": "http://schemas.auth0.com/email_verified",
                "first_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
                "last_name": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
            },
            "idp": idp,
        }
        if config.saml.sp_entity_id:
            saml_settings["sp"] = {"entity_id": config.saml.sp_entity_id}
        providers["saml"] = {
            "APPS": [
                {
                    "name": config.saml.name,
                    "provider_id": config.saml.idp_entity_id,
                    "client_id": config.saml.organization_slug,
                    "settings": saml_settings,
                }
            ]
        }
    return providers


def redis_url_with_db(url: str, db: int) -> str:
    """The same Redis server, another logical database."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{db}"))
