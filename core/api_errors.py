"""The bodies of the API's error answers, and their place in the OpenAPI schema.

Every error is `{"detail": ...}`: a sentence for 400, 401, 403 and 404 (a refused business rule adds
its `code`, a failed import its `problems`), and ninja's list of invalid fields for 422. The schema
documents on every operation the errors it can answer, so that a client (and schemathesis in CI)
knows every status code and body to expect.
"""

from http.client import responses as REASONS

from ninja import Schema
from ninja.openapi.schema import REF_TEMPLATE
from ninja.schema import NinjaGenerateJsonSchema

UNSAFE_METHODS = {"post", "put", "patch", "delete"}


class ImportProblemOut(Schema):
    file: str
    row: int
    column: str
    message: str


class ErrorOut(Schema):
    detail: str
    code: str | None = None  # the refused rule, e.g. "illegal_transition"
    problems: list[ImportProblemOut] | None = None  # every problem of a refused import


class InvalidFieldOut(Schema):
    type: str
    loc: list[str | int]  # where the value was: "body", "query" or "path", then the field
    msg: str


class InvalidInputOut(Schema):
    detail: list[InvalidFieldOut]


def error_codes(path: str, method: str, operation: dict) -> dict[int, type[Schema]]:
    """The errors an operation can answer, with their bodies.

    400: a refused value or business rule (anywhere: a NUL byte is refused in every request);
    401: no valid token or session; 403: a session's change without its CSRF token;
    404: an object in the path that is missing or not the caller's to see; 422: invalid input.
    """
    codes: dict[int, type[Schema]] = {400: ErrorOut, 401: ErrorOut}
    if method in UNSAFE_METHODS:
        codes[403] = ErrorOut
    if "{" in path:
        codes[404] = ErrorOut
    if operation.get("parameters") or operation.get("requestBody"):
        codes[422] = InvalidInputOut
    return codes


def document_errors(schema: dict) -> dict:
    """Add the error answers to every operation of a generated OpenAPI schema (in place)."""
    components = schema["components"]["schemas"]
    for model in (ErrorOut, InvalidInputOut):
        definition = model.model_json_schema(
            ref_template=REF_TEMPLATE, schema_generator=NinjaGenerateJsonSchema, mode="serialization"
        )
        components.update(definition.pop("$defs", {}))
        components[model.__name__] = definition
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            documented = {int(code) for code in operation["responses"]}
            for code, model in error_codes(path, method, operation).items():
                if code not in documented:
                    operation["responses"][code] = {
                        "description": REASONS[code],
                        "content": {
                            "application/json": {
                                "schema": {"$ref": REF_TEMPLATE.format(model=model.__name__)}
                            }
                        },
                    }
    return schema
