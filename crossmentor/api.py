from datetime import datetime

from django.core.exceptions import ValidationError
from django.http import Http404
from ninja import Field, NinjaAPI, Schema

from coffee.api import router as coffee_router
from core.api_auth import API_AUTH
from core.api_errors import document_errors
from core.errors import BadInput, ServiceError
from evaluation.api import router as evaluation_router
from groups.api import router as groups_router
from learning.api import router as learning_router
from matching.api import router as matching_router
from organisations.api import router as organisations_router
from programmes.api import router as programmes_router
from programmes.importer import ImportFailed
from relationships.api import router as relationships_router
from reports.api import router as reports_router


class CrossmentorAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        """ninja documents the answers each operation declares; add the errors every one can give."""
        return document_errors(super().get_openapi_schema(**kwargs))


api = CrossmentorAPI(
    title="Crossmentor API",
    version="1",
    description="Programmes, organisations and enrolments, with the same access rules as the pages.",
    auth=API_AUTH,
    urls_namespace="api",
)


class MeOut(Schema):
    id: str
    email: str
    name: str
    token_expires_at: datetime | None = Field(
        description="When the API token of this request expires; null when signed in by session."
    )


@api.get("/me", response=MeOut, tags=["accounts"])
def me(request):
    token = getattr(request, "api_token", None)
    return {
        "id": str(request.auth.public_id),
        "email": request.auth.email,
        "name": request.auth.name,
        "token_expires_at": token.expires_at if token else None,
    }


api.add_router("/", programmes_router)
api.add_router("/", organisations_router)
api.add_router("/", matching_router)
for _router in (
    learning_router,
    relationships_router,
    groups_router,
    coffee_router,
    evaluation_router,
    reports_router,
):
    api.add_router("/", _router)


@api.exception_handler(ImportFailed)
def import_failed(request, exc: ImportFailed):
    problems = [
        {"file": p.file, "row": p.row, "column": p.column, "message": p.message} for p in exc.problems
    ]
    return api.create_response(request, {"detail": exc.message, "problems": problems}, status=400)


@api.exception_handler(BadInput)
def bad_input(request, exc: BadInput):
    return api.create_response(request, {"detail": exc.message}, status=400)


@api.exception_handler(ServiceError)
def service_error(request, exc: ServiceError):
    return api.create_response(request, {"detail": exc.message, "code": exc.code}, status=400)


@api.exception_handler(ValidationError)
def validation_error(request, exc: ValidationError):
    # One sentence, like every other 400 (core/api_errors.py).
    return api.create_response(request, {"detail": " ".join(exc.messages)}, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not Found"}, status=404)
