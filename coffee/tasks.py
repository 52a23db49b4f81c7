from celery import shared_task


@shared_task
def run_due_rounds() -> int:
    """Start every virtual-coffee round whose cycle has come (idempotent: a second run starts none).

    Scheduled by celery beat (hourly) and called by `crossmentor reminders`.
    """
    from .services import coffee_rounds_run_due

    return len(coffee_rounds_run_due())


@shared_task
def notify_pair(pair_id: int) -> None:
    """Email the people of one coffee group; a second delivery sends nothing."""
    from .services import coffee_pair_notify

    coffee_pair_notify(pair_id=pair_id)
