"""Configuration comes from the environment, with safe laptop defaults."""

import pytest

from cxacademy import env


def test_a_laptop_needs_no_variables():
    config = env.read({})
    assert config.database_url == ""
    assert config.redis_url == ""
    assert config.task_backend == "immediate"
    assert config.signup_open is True
    assert config.email_verification == "mandatory"
    assert config.require_staff_mfa is False
    assert config.time_zone == "Asia/Jakarta"
    assert config.oidc is None and config.saml is None
    assert config.trusted_proxy_count == 0


def test_redis_url_switches_the_task_queue_to_redis():
    config = env.read({"REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert config.task_backend == "rq"


def test_immediate_tasks_can_be_forced_even_with_redis():
    config = env.read({"REDIS_URL": "redis://127.0.0.1:6379/0", "TASK_BACKEND": "immediate"})
    assert config.task_backend == "immediate"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"TASK_BACKEND": "rq"}, "needs REDIS_URL"),
        ({"TASK_BACKEND": "celery"}, "immediate or rq"),
        ({"SIGNUP_OPEN": "maybe"}, "SIGNUP_OPEN must be true or false"),
        ({"EMAIL_PORT": "twenty-five"}, "EMAIL_PORT must be a whole number"),
        ({"ACCOUNT_EMAIL_VERIFICATION": "sometimes"}, "mandatory, optional or none"),
        ({"SSO_OIDC_SERVER_URL": "https://id.example.com"}, "SSO_OIDC_CLIENT_ID is required"),
        ({"SSO_SAML_IDP_ENTITY_ID": "https://idp.example.com"}, "SSO_SAML_IDP_METADATA_URL"),
        ({"TRUSTED_PROXY_COUNT": "nginx"}, "TRUSTED_PROXY_COUNT must be a whole number"),
        ({"TRUSTED_PROXY_COUNT": "-1"}, "TRUSTED_PROXY_COUNT must be 0 or more"),
    ],
)
def test_a_bad_variable_is_named_in_the_error(environ, message):
    with pytest.raises(env.EnvError, match=message):
        env.read(environ)


def test_the_number_of_trusted_proxies_is_read():
    assert env.read({"TRUSTED_PROXY_COUNT": "2"}).trusted_proxy_count == 2


def test_lists_and_booleans_are_parsed():
    config = env.read(
        {"ALLOWED_HOSTS": "academy.example.com, www.academy.example.com", "SIGNUP_OPEN": "off"}
    )
    assert config.allowed_hosts == ["academy.example.com", "www.academy.example.com"]
    assert config.signup_open is False


def test_openid_connect_single_sign_on_from_variables():
    config = env.read(
        {
            "SSO_OIDC_SERVER_URL": "https://login.example.com/realms/staff",
            "SSO_OIDC_CLIENT_ID": "cx-academy",
            "SSO_OIDC_CLIENT_SECRET": "s3cret",
            "SSO_OIDC_NAME": "Login Karyawan",
        }
    )
    app = env.social_providers(config)["openid_connect"]["APPS"][0]
    assert app["provider_id"] == "corporate"
    assert app["name"] == "Login Karyawan"
    assert app["client_id"] == "cx-academy"
    assert app["secret"] == "s3cret"
    assert app["settings"]["server_url"] == "https://login.example.com/realms/staff"


def test_saml_single_sign_on_from_metadata_url():
    config = env.read(
        {
            "SSO_SAML_IDP_ENTITY_ID": "https://idp.example.com/saml",
            "SSO_SAML_IDP_METADATA_URL": "https://idp.example.com/saml/metadata",
            "SSO_SAML_ORGANIZATION": "acme",
        }
    )
    app = env.social_providers(config)["saml"]["APPS"][0]
    assert app["client_id"] == "acme"
    assert app["settings"]["idp"] == {
        "entity_id": "https://idp.example.com/saml",
        "metadata_url": "https://idp.example.com/saml/metadata",
    }
    assert "email" in app["settings"]["attribute_mapping"]


def test_saml_single_sign_on_from_certificate():
    config = env.read(
        {
            "SSO_SAML_IDP_ENTITY_ID": "https://idp.example.com/saml",
            "SSO_SAML_IDP_SSO_URL": "https://idp.example.com/saml/sso",
            "SSO_SAML_IDP_X509CERT": "MIIC...",
        }
    )
    idp = env.social_providers(config)["saml"]["APPS"][0]["settings"]["idp"]
    assert idp["sso_url"] == "https://idp.example.com/saml/sso"
    assert idp["x509cert"] == "MIIC..."


def test_no_single_sign_on_configured_means_no_providers():
    assert env.social_providers(env.read({})) == {}


def test_redis_database_is_swapped_not_appended():
    assert env.redis_url_with_db("redis://127.0.0.1:6379/0", 15) == "redis://127.0.0.1:6379/15"
    assert env.redis_url_with_db("redis://127.0.0.1:6379", 15) == "redis://127.0.0.1:6379/15"
