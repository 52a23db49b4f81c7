from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from . import selectors, services
from .models import Notification


@login_required
def notification_list(request):
    notifications = selectors.notification_list(user=request.user)
    return render(request, "notifications/list.html", {"notifications": notifications})


@login_required
@require_POST
def notification_read(request, public_id=None):
    if public_id is not None:
        # Someone else's notification answers like a missing one.
        get_object_or_404(Notification, user=request.user, public_id=public_id)
    services.notification_mark_read(user=request.user, public_id=public_id)
    return redirect("notification_list")
