from cxacademy.accounts import roles


def sync_roles_after_migrate(sender, app_config=None, using="default", **kwargs):
    # post_migrate fires once per app; permissions of apps later in the list do not
    # exist yet on early calls, so missing ones are skipped and filled in later calls.
    roles.sync_roles(using=using, strict=False)
