"""Every route that carries an id is exercised by an access table (`<app>/tests/test_access*.py`).

A page or endpoint reached through a public id (a uuid, a key, a slug, …) answers 404 to whoever may
not see the object; the access tables prove that, role by role. This guard fails when a route with
such a parameter appears that no access table requests, and lists each one with its view, so that
the developer sees which row to add.

How it works:

- The routes: every page from Django's resolver (recursively through `include()`), and every API
  operation, method by method, from the OpenAPI schema of the ninja API (`crossmentor.api.api`); an
  API route the resolver knows but the schema hides is listed too. A route counts when it has a
  parameter besides its programme slug (`/p/<slug>/`, `/api/programmes/{slug}`) or organisation key
  (`/o/<key>/`, `/api/organisations/{key}`) prefix.
- What the tables request is read statically from their source, whatever the shape of the table:
  every string expression (literal, f-string, concatenation, `.format()`, `.replace()`) that is used
  as it is, with names looked up in their function and then the module; a name takes the values it
  is assigned, iterated over (`for`, comprehensions), parametrized with, or, for a parameter of a
  function of the module, called with. What stays unknown (`{mentorship.public_id}` in an f-string,
  a `{round}` placeholder, a helper's result) is a wildcard for one path segment. The method is the
  one beside the string in its row tuple (`("post", url, …)`), carried into the URLs built from it,
  or the `client.<method>(url)` it is passed to; GET otherwise.
- Each URL is resolved by Django itself, wildcards filled with a sample uuid (or an integer): the
  route that answers it is covered; for the API, the operation of that method. A page view answers
  every method itself, so a page route is covered by a request of any method.
"""

import ast
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pytest
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

from crossmentor.api import api

REPO = Path(__file__).resolve().parents[2]
ACCESS_TABLES = sorted(
    path
    for path in REPO.glob("*/tests/**/test_access*.py")
    if ".venv" not in path.parts and path != Path(__file__).resolve()
)

# Routes whose only parameter is the programme or organisation they belong to: the access tables
# cover those by name anyway, but this guard is about the objects inside them.
SCOPE_PREFIXES = ("p/<slug>/", "o/<key>/", "api/programmes/<slug>", "api/organisations/<key>")

# Routes that legitimately need no row in an access table, each with the reason. A key ending in
# "*" allows every route under it. Keys use the normalised route (converters left out: <token>).
ALLOWED = {
    "accounts/reset/<uidb64>/<token>/": (
        "Django's password-reset confirmation: the signed, expiring token in the link is the credential; "
        "it is opened signed out, by no persona"
    ),
    "invitations/<token>/": (
        "an invitation is opened by its secret token, before the invitee has an account or a role: "
        "whoever holds the link is the invitee (its service: programmes/tests/test_enrolment_services.py)"
    ),
    "calendar/<token>.ics": (
        "the personal calendar feed, fetched without a session by calendar apps and authenticated by "
        "its secret, revocable token (relationships/tests/work/test_calendar_feed.py)"
    ),
    "admin/*": "Django's admin, behind its own is_staff and model permissions; no persona is staff",
}

WILD = "\x00"  # a value the static reading does not know: one path segment
HTTP_METHODS = {"get", "post", "put", "patch", "delete", "head", "options"}
SAMPLES = ("00000000-0000-4000-8000-000000000000", "1")  # a uuid fits uuid/slug/str/path; then int
MAX_VALUES = 512


def normalise(route: str) -> str:
    """A route without its converters, so that `<uuid:public_id>` and ninja's `{public_id}` compare."""
    route = route.replace("{", "<").replace("}", ">")
    return re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"<\1>", route)


def _carries_an_id(route: str, parameters: int) -> bool:
    if any(route.startswith(prefix) for prefix in SCOPE_PREFIXES):
        parameters -= 1
    return parameters > 0


def _allowed(route: str) -> bool:
    return any(route.startswith(key[:-1]) if key.endswith("*") else route == key for key in ALLOWED)


# --- The routes ------------------------------------------------------------------------------


def _walk(patterns, prefix="", parameters=0, namespaces=()):
    """(route, number of parameters, namespaces, URLPattern) of each pattern, joined as resolve() does."""
    for entry in patterns:
        route = prefix + str(entry.pattern).removeprefix("^") if prefix else str(entry.pattern)
        count = parameters + (len(getattr(entry.pattern, "converters", {})) or entry.pattern.regex.groups)
        if isinstance(entry, URLResolver):
            namespace = (entry.namespace,) if entry.namespace else ()
            yield from _walk(entry.url_patterns, route, count, namespaces + namespace)
        elif isinstance(entry, URLPattern):
            yield route, count, namespaces, entry


def page_routes() -> dict:
    """{normalised route: label} of every page with an id (the API is listed by its operations)."""
    routes = {}
    for route, parameters, namespaces, entry in _walk(get_resolver().url_patterns):
        if api.urls_namespace in namespaces or not _carries_an_id(normalise(route), parameters):
            continue
        routes.setdefault(normalise(route), f"{entry.name} ({entry.lookup_str})")
    return routes


def api_operations() -> dict:
    """{(normalised route, METHOD): operation id} of every API operation with an id.

    An endpoint the resolver knows but the schema hides (include_in_schema=False) is listed under
    the method "*", so that it cannot slip through unseen.
    """
    operations = {}
    in_schema = set()
    for path, methods in api.get_openapi_schema()["paths"].items():
        route = normalise(path.lstrip("/"))
        in_schema.add(route)
        if not _carries_an_id(route, route.count("<")):
            continue
        for method, operation in methods.items():
            operations[(route, method.upper())] = operation.get("operationId", "")
    for route, parameters, namespaces, entry in _walk(get_resolver().url_patterns):
        route = normalise(route)
        if api.urls_namespace in namespaces and route not in in_schema and _carries_an_id(route, parameters):
            operations[(route, "*")] = f"{entry.name} (not in the OpenAPI schema)"
    return operations


# --- What the access tables request ----------------------------------------------------------


class _Source:
    """The string values an access table's source can take, read without running it.

    A value is a pair (string, method): the method written beside a string in its row tuple travels
    with it into the URLs built from it (None when there is none).
    """

    def __init__(self, text: str, filename: str = "<table>"):
        self.tree = ast.parse(text, filename=filename)
        self.parent = {}
        self.scope = {}
        self.bindings = defaultdict(list)  # (scope, name) -> [(expression or None, its scope)]
        self.functions = defaultdict(list)
        for node in ast.walk(self.tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.functions[node.name].append(node)
        self._index(self.tree, self.tree)

    # Bindings: assignments, loops and comprehensions, parametrize, and the arguments of each call
    # to a function of the module, so that a parameter takes the values it is called with.

    def _index(self, node, scope):
        for child in ast.iter_child_nodes(node):
            self.parent[child] = node
            self.scope[child] = scope
            inner = scope
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                inner = child
                for decorator in getattr(child, "decorator_list", ()):
                    self._bind_parametrize(decorator, child, scope)
            elif isinstance(child, ast.Assign):
                for target in child.targets:
                    self._bind(target, child.value, scope, scope)
            elif isinstance(child, ast.AnnAssign) and child.value is not None:
                self._bind(child.target, child.value, scope, scope)
            elif isinstance(child, ast.For | ast.AsyncFor | ast.comprehension):
                for element, element_scope in self._elements(child.iter, scope) or [(None, scope)]:
                    self._bind(child.target, element, scope, element_scope)
            elif isinstance(child, ast.Call) and isinstance(child.func, ast.Name):
                for function in self.functions.get(child.func.id, ()):
                    self._bind_arguments(child, function, scope)
            self._index(child, inner)

    def _bind(self, target, value, scope, value_scope):
        if isinstance(target, ast.Name):
            self.bindings[(scope, target.id)].append((value, value_scope))
        elif isinstance(target, ast.Tuple | ast.List):
            parts = value.elts if isinstance(value, ast.Tuple | ast.List) else None
            known = parts is not None and len(parts) == len(target.elts)
            for i, part in enumerate(target.elts):
                self._bind(part, parts[i] if known else None, scope, value_scope)

    def _bind_parametrize(self, decorator, function, scope):
        if not (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr == "parametrize"
            and len(decorator.args) >= 2
        ):
            return
        names, values = decorator.args[:2]
        if isinstance(names, ast.Constant) and isinstance(names.value, str):
            names = [name.strip() for name in names.value.split(",") if name.strip()]
        elif isinstance(names, ast.Tuple | ast.List):
            names = [name.value for name in names.elts if isinstance(name, ast.Constant)]
        else:
            return
        for element, element_scope in self._elements(values, scope) or [(None, scope)]:
            if isinstance(element, ast.Call) and getattr(element.func, "attr", "") == "param":
                element = ast.Tuple(elts=element.args) if len(names) > 1 else element.args[0]
            if len(names) == 1:
                self.bindings[(function, names[0])].append((element, element_scope))
            else:
                target = ast.Tuple(elts=[ast.Name(id=name) for name in names])
                self._bind(target, element, function, element_scope)

    def _bind_arguments(self, call, function, scope):
        parameters = [a.arg for a in function.args.posonlyargs + function.args.args]
        for parameter, argument in zip(parameters, call.args, strict=False):
            if isinstance(argument, ast.Starred):
                break
            self.bindings[(function, parameter)].append((argument, scope))
        for keyword in call.keywords:
            if keyword.arg is not None:
                self.bindings[(function, keyword.arg)].append((keyword.value, scope))

    def _lookup(self, name, scope):
        for where in (scope, self.tree):
            if (where, name) in self.bindings:
                return self.bindings[(where, name)]
        return []

    def _elements(self, node, scope, seen=frozenset()):
        """The element expressions of a sequence literal, through names and `+`; None if unknown."""
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            elements = []
            for element in node.elts:
                if isinstance(element, ast.Starred):
                    elements += self._elements(element.value, scope, seen) or []
                else:
                    elements.append((element, scope))
            return elements
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._elements(node.left, scope, seen), self._elements(node.right, scope, seen)
            return None if left is None and right is None else (left or []) + (right or [])
        if isinstance(node, ast.Name) and (scope, node.id) not in seen:
            elements = []
            for value, value_scope in self._lookup(node.id, scope):
                if value is not None:
                    elements += self._elements(value, value_scope, seen | {(scope, node.id)}) or []
            return elements or None
        return None

    # Values.

    def values(self, node, scope, seen=frozenset()) -> set | None:
        """The (string, method) an expression can be, WILD for what is unknown; None if no string."""
        if isinstance(node, ast.Constant):
            return {(node.value, self._method(node))} if isinstance(node.value, str) else None
        if isinstance(node, ast.JoinedStr):
            result = {("", None)}
            for part in node.values:
                if isinstance(part, ast.FormattedValue):
                    options = self.values(part.value, scope, seen) or {(WILD, None)}
                else:
                    options = self.values(part, scope, seen) or {("", None)}
                result = self._join(result, options)
            return result
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.values(node.left, scope, seen), self.values(node.right, scope, seen)
            if left is None and right is None:
                return None
            return self._join(left or {(WILD, None)}, right or {(WILD, None)})
        if isinstance(node, ast.Name):
            if (scope, node.id) in seen:
                return None
            result = set()
            for value, value_scope in self._lookup(node.id, scope):
                if value is not None:
                    result |= self.values(value, value_scope, seen | {(scope, node.id)}) or set()
            return result or None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = self.values(node.func.value, scope, seen)
            if receiver is None:
                return None
            if node.func.attr == "format":
                return receiver  # the {placeholders} stay, and stand for a segment each
            constants = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if node.func.attr == "replace" and len(constants) == len(node.args) == 2:
                return {(value.replace(*constants), method) for value, method in receiver}
        return None

    @staticmethod
    def _join(left: set, right: set) -> set:
        joined = {(a + b, m or n) for (a, m), (b, n) in itertools.product(left, right)}
        return set(sorted(joined, key=str)[:MAX_VALUES])

    def _method(self, node) -> str | None:
        """The method written beside the expression in its row tuple, or the client method it is sent with."""
        parent = self.parent.get(node)
        if isinstance(parent, ast.Tuple):
            for sibling in parent.elts:
                if isinstance(sibling, ast.Constant) and str(sibling.value).lower() in HTTP_METHODS:
                    return sibling.value.upper()
        if (
            isinstance(parent, ast.Call)
            and node in parent.args
            and isinstance(parent.func, ast.Attribute)
            and parent.func.attr in HTTP_METHODS
        ):
            return parent.func.attr.upper()
        return None

    def _is_whole(self, node) -> bool:
        """Whether the expression is used as it is, not as a part of a longer string or a binding."""
        parent = self.parent.get(node)
        if isinstance(parent, ast.BinOp | ast.JoinedStr | ast.FormattedValue | ast.Attribute):
            return False
        if isinstance(parent, ast.Assign | ast.AnnAssign) and parent.value is node:
            return False
        if isinstance(node, ast.Name):
            return isinstance(node.ctx, ast.Load)
        if isinstance(node, ast.Call):
            return isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "replace")
        return isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp)

    def requests(self):
        """(METHOD, url template) of every whole string expression that is a path; GET if no method."""
        for node in ast.walk(self.tree):
            if node is self.tree or not self._is_whole(node):
                continue
            for value, method in self.values(node, self.scope[node]) or ():
                if value.startswith("/"):
                    yield self._method(node) or method or "GET", value


def _resolve(template: str):
    """The ResolverMatch of a URL template whose placeholders and wildcards each stand for a segment."""
    path = re.split(r"[?#]", template, maxsplit=1)[0]
    path = re.sub(r"\{[^{}/]*\}", WILD, path)
    path = re.sub(f"{WILD}+", WILD, path)
    for sample in itertools.product(SAMPLES, repeat=min(path.count(WILD), 4)):
        filled = path
        for value in sample:
            filled = filled.replace(WILD, value, 1)
        filled = filled.replace(WILD, SAMPLES[0])
        try:
            return resolve(filled)
        except Resolver404:
            continue
    return None


def covered():
    """The normalised routes of pages, and (route, METHOD) of API operations, that a table requests."""
    pages, operations = set(), set()
    for path in ACCESS_TABLES:
        for method, template in _Source(path.read_text(), str(path)).requests():
            match = _resolve(template)
            if match is None:
                continue
            route = normalise(match.route)
            if api.urls_namespace in match.namespaces:
                operations |= {(route, method), (route, "*")}
            else:
                pages.add(route)
    return pages, operations


# --- The guard -------------------------------------------------------------------------------


def test_the_access_tables_are_found():
    names = {str(path.relative_to(REPO)) for path in ACCESS_TABLES}
    assert {"core/tests/test_access_table.py", "relationships/tests/test_access.py"} <= names


def test_every_route_with_an_id_is_in_an_access_table():
    pages_covered, operations_covered = covered()
    missing = [
        f"page  {route}  {label}"
        for route, label in sorted(page_routes().items())
        if route not in pages_covered and not _allowed(route)
    ]
    missing += [
        f"{method:<5} /{route}  {operation}"
        for (route, method), operation in sorted(api_operations().items())
        if (route, method) not in operations_covered and not _allowed(route)
    ]
    assert not missing, (
        "These routes carry an id but no access table (<app>/tests/test_access*.py) requests them; "
        "add a row for the insiders and the outsiders, or, if no persona can ever reach them, an "
        "entry with its reason to ALLOWED in crossmentor/tests/test_access_coverage.py:\n"
        + "\n".join(missing)
    )


@pytest.mark.parametrize("key", sorted(ALLOWED))
def test_every_allowed_route_still_exists(key):
    routes = {normalise(route) for route, *_ in _walk(get_resolver().url_patterns)}
    assert any(route.startswith(key[:-1]) if key.endswith("*") else route == key for route in routes)


def test_the_guard_reads_each_shape_of_table():
    """The shapes the tables use: row tuples, f-strings on a base, loops, parametrize, helpers."""
    probe = _Source(
        "def rows(m):\n"
        "    base = f'/p/regional/mentorships/{m.public_id}/'\n"
        "    return [('post', f'{base}agreement/sign/', {}), ('get', base + 'goals/{goal}/', {})]\n"
        "ACTIONS = [('accept', 'mentor'), ('decline', 'mentor')]\n"
        "def test_requests(client):\n"
        "    for action, _who in ACTIONS:\n"
        "        url = f'/p/regional/requests/{request.public_id}/{action}/'\n"
        "        client.put(url)\n"
        "ROUTES = [('patch', 'goals/{goal}', None, 200)]\n"
        "def url_of(world, route):\n"
        "    return f'/api/programmes/regional/mentorships/{world.id}/{route.format(goal=1)}'\n"
        "@pytest.mark.parametrize(('method', 'route', 'data', 'status'), ROUTES)\n"
        "def test_api(client, world, method, route, data, status):\n"
        "    getattr(client, method)(url_of(world, route), data)\n"
        "PAGES = ['/p/regional/reports/funnel.csv']\n"
    )
    assert set(probe.requests()) == {
        ("GET", "/p/regional/reports/funnel.csv"),
        ("GET", f"/p/regional/mentorships/{WILD}/goals/{{goal}}/"),
        ("PATCH", f"/api/programmes/regional/mentorships/{WILD}/goals/{{goal}}"),
        ("POST", f"/p/regional/mentorships/{WILD}/agreement/sign/"),
        ("PUT", f"/p/regional/requests/{WILD}/accept/"),
        ("PUT", f"/p/regional/requests/{WILD}/decline/"),
    }
    assert _resolve(f"/p/regional/mentorships/{WILD}/goals/{{goal}}/").url_name == "mentorship_goal"
    assert (
        _resolve("/api/programmes/regional/reports/{table}.csv").route
        == "api/programmes/<slug>/reports/<table>.csv"
    )
