"""The OpenAPI schema at /api/openapi.json describes what each operation really takes and gives.

ninja files every schema under its class name in `components.schemas`, so two classes of the same
name in two apps overwrite each other and one of them is described with the other's fields. Every
schema the API uses therefore has a name of its own, and every operation documents the errors it
can answer (schemathesis checks the bodies and status codes against this, see `.ci/schemathesis.sh`).
"""

import sys
from collections import defaultdict
from pathlib import Path
from typing import get_args

import pytest
from django.test import Client
from pydantic import BaseModel

from crossmentor.api import api

REPO = Path(__file__).resolve().parents[2]
UNSAFE = {"post", "put", "patch", "delete"}


def _models_in(annotation, seen: set):
    """Every pydantic model an annotation names, itself and through its fields, once each."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return
        seen.add(annotation)
        yield annotation
        for field in annotation.model_fields.values():
            yield from _models_in(field.annotation, seen)
    else:
        for argument in get_args(annotation):
            yield from _models_in(argument, seen)


def _operations():
    for bound_router in api._get_bound_routers():
        for path_view in bound_router.path_operations.values():
            yield from path_view.operations


def schemas_of_the_api() -> set[type[BaseModel]]:
    """The project's schema classes in the bodies and responses of every operation."""
    seen: set = set()
    for operation in _operations():
        for model in [*operation.models, *operation.response_models.values()]:
            if isinstance(model, type):
                list(_models_in(model, seen))
    return {model for model in seen if _in_the_project(model)}


def _in_the_project(model) -> bool:
    """ninja's own models (one per operation for its parameters and responses) live outside."""
    source = getattr(sys.modules.get(model.__module__), "__file__", None)
    return source is not None and Path(source).resolve().is_relative_to(REPO)


@pytest.fixture(scope="module")
def openapi() -> dict:
    """The schema as clients read it."""
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_walk_finds_the_schemas_of_bodies_and_responses():
    names = {model.__name__ for model in schemas_of_the_api()}
    assert {"ProgrammeIn", "ProgrammeOut", "EnrolmentOut", "NeedOut"} <= names


def test_no_two_schemas_of_the_api_share_a_name():
    by_name = defaultdict(set)
    for model in schemas_of_the_api():
        by_name[model.__name__].add(f"{model.__module__}.{model.__qualname__}")
    repeated = {name: sorted(classes) for name, classes in by_name.items() if len(classes) > 1}
    assert repeated == {}


def test_every_component_has_the_fields_of_its_class(openapi):
    components = openapi["components"]["schemas"]
    wrong = {}
    for model in schemas_of_the_api():
        fields = {field.alias or name for name, field in model.model_fields.items()}
        described = set(components.get(model.__name__, {}).get("properties", {}))
        if described != fields:
            wrong[f"{model.__module__}.{model.__name__}"] = sorted(described ^ fields)
    assert wrong == {}


def _documented(openapi):
    for path, methods in openapi["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_every_operation_documents_a_bad_request_and_a_missing_login(openapi):
    missing = [
        f"{method.upper()} {path}"
        for path, method, operation in _documented(openapi)
        if not {"400", "401"} <= set(operation["responses"])
    ]
    assert missing == []


def test_every_operation_with_a_path_parameter_documents_not_found(openapi):
    missing = [
        f"{method.upper()} {path}"
        for path, method, operation in _documented(openapi)
        if "{" in path and "404" not in operation["responses"]
    ]
    assert missing == []


def test_every_operation_that_takes_input_documents_unprocessable_input(openapi):
    missing = [
        f"{method.upper()} {path}"
        for path, method, operation in _documented(openapi)
        if (operation.get("parameters") or operation.get("requestBody"))
        and "422" not in operation["responses"]
    ]
    assert missing == []


def test_every_change_documents_forbidden_for_a_session_without_its_csrf_token(openapi):
    missing = [
        f"{method.upper()} {path}"
        for path, method, operation in _documented(openapi)
        if method in UNSAFE and "403" not in operation["responses"]
    ]
    assert missing == []


def test_the_error_bodies_are_described(openapi):
    operation = openapi["paths"]["/api/programmes/{slug}"]["get"]
    not_found = operation["responses"]["404"]["content"]["application/json"]["schema"]
    invalid = operation["responses"]["422"]["content"]["application/json"]["schema"]
    components = openapi["components"]["schemas"]
    assert components[not_found["$ref"].rsplit("/", 1)[-1]]["required"] == ["detail"]
    assert components[invalid["$ref"].rsplit("/", 1)[-1]]["properties"]["detail"]["type"] == "array"


def test_every_documented_bad_request_accepts_a_bare_detail(openapi):
    """A NUL byte or an unknown filter is refused with only a `detail`, before any operation runs."""
    components = openapi["components"]["schemas"]
    demanding = {}
    for path, method, operation in _documented(openapi):
        schema = operation["responses"]["400"]["content"]["application/json"]["schema"]
        required = components[schema["$ref"].rsplit("/", 1)[-1]].get("required", [])
        if required != ["detail"]:
            demanding[f"{method.upper()} {path}"] = required
    assert demanding == {}
