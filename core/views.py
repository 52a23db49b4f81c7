from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from programmes.selectors import programmes_for_user


@login_required
def home(request):
    context = {
        "programmes": programmes_for_user(user=request.user),
        "organisations": request.user.coordinated_organisations.all(),
        "can_create": request.user.has_perm("programmes.add_programme"),
    }
    return render(request, "core/home.html", context)
