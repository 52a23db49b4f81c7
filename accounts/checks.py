from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def trusted_proxies_check(app_configs, **kwargs):
    """Behind the proxy production needs, an empty TRUSTED_PROXIES makes every client the proxy."""
    if settings.TRUSTED_PROXIES:
        return []
    return [
        checks.Warning(
            "TRUSTED_PROXIES is empty: behind a proxy, login throttling counts every client as the "
            "proxy's address.",
            hint="Set TRUSTED_PROXIES to the address of your proxy, e.g. TRUSTED_PROXIES=127.0.0.1.",
            id="accounts.W001",
        )
    ]
