from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from . import selectors, services


@login_required
def notification_list(request):
    notifications = selectors.notification_list(user=request.user)
    return render(request, "notifications/list.html", {"notifications": notifications})


@login_required
@require_POST
def notification_read(request, public_id=None):
    services.notification_mark_read(user=request.user, public_id=public_id)
    return redirect("notification_list")
