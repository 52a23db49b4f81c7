from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from core.errors import BadInput
from programmes.selectors import programmes_for_user


def bad_request(request, exception):
    """Django's 400 page, saying what is wrong when the product refused the request (BadInput)."""
    message = exception.message if isinstance(exception, BadInput) else ""
    return render(request, "400.html", {"message": message}, status=400)


@login_required
def home(request):
    context = {
        "programmes": programmes_for_user(user=request.user),
        "organisations": request.user.coordinated_organisations.all(),
        "can_create": request.user.has_perm("programmes.add_programme"),
    }
    return render(request, "core/home.html", context)
