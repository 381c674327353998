# SPDX-FileCopyrightText: 2026 SQLModel Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Code lint for existing SQLModel / SQLAlchemy / Pydantic / Alembic code.

Runs on the user's interpreter with the standard library only.  Usage:

    python3 -I sms_lint_code.py PATH...

Prints one JSON list of findings {path, line, column, rule, name, severity, message, fix},
sorted by path, line, column and rule.  Every rule works on the syntax tree (``ast``) with
imports resolved to qualified names; a rule fires only when the receiver is plausibly the
object it is about (a model class, a session, an engine, ...), because a false positive is a
bug.  The rule ids are those of the SQLModel rule catalogue (section 4 of the spec).
"""

import ast
import configparser
import json
import os
import sys

RULES = {
    "SMS000": ("syntax-error", "error"),
    "SMS001": ("analyser-error", "error"),
    # Pydantic v1 -> v2
    "PYD001": ("class-config", "warning"),
    "PYD002": ("orm-mode", "warning"),
    "PYD003": ("renamed-config-keys", "warning"),
    "PYD004": ("dict", "warning"),
    "PYD005": ("json", "warning"),
    "PYD006": ("from-orm", "warning"),
    "PYD007": ("parse-obj", "warning"),
    "PYD008": ("copy-construct", "warning"),
    "PYD009": ("schema", "warning"),
    "PYD010": ("fields-dunder", "warning"),
    "PYD011": ("validator", "warning"),
    "PYD012": ("update-forward-refs", "warning"),
    "PYD013": ("field-unknown-kwarg", "error"),
    "PYD014": ("constr-for-db", "warning"),
    # SQLAlchemy 1.x -> 2.0
    "SQA001": ("session-query", "warning"),
    "SQA002": ("query-get", "warning"),
    "SQA003": ("execute-scalars", "warning"),
    "SQA004": ("select-list", "error"),
    "SQA005": ("engine-execute", "error"),
    "SQA006": ("raw-string-sql", "error"),
    "SQA007": ("sql-string-formatting", "error"),
    "SQA008": ("autocommit", "error"),
    "SQA009": ("declarative-base", "warning"),
    "SQA010": ("future-flag", "info"),
    "SQA011": ("backref", "info"),
    "SQA012": ("python-bool-in-where", "error"),
    "SQA013": ("eq-none", "info"),
    "SQA014": ("n-plus-one", "warning"),
    "SQA015": ("sessionmaker", "info"),
    "SQA016": ("missing-commit", "warning"),
    # SQLModel
    "SQM030": ("json-mutation", "warning"),
    "SQM036": ("default-evaluated-once", "error"),
    "SQM037": ("utcnow-deprecated", "warning"),
    "SQM039": ("sqlmodel-enum-import", "warning"),
    "SQM049": ("future-annotations", "warning"),
    "SQM050": ("unquoted-forward-ref", "error"),
    "SQM051": ("models-not-imported", "error"),
    "SQM052": ("sqlalchemy-declarative-in-sqlmodel", "warning"),
    # API
    "API001": ("table-model-request-body", "warning"),
    "API002": ("table-model-response", "warning"),
    "API003": ("table-init-no-validation", "warning"),
    "API004": ("update-not-exclude-unset", "error"),
    "API005": ("setattr-update-loop", "info"),
    "API008": ("no-refresh-after-commit", "warning"),
    "API009": ("on-event", "warning"),
    "API010": ("create-all-in-prod", "info"),
    "API011": ("sqlite-thread", "warning"),
    "API012": ("unordered-pagination", "info"),
    "API013": ("detached-lazy-load", "warning"),
    # Async
    "ASY001": ("async-lazy-load", "error"),
    "ASY002": ("async-expire-on-commit", "error"),
    "ASY003": ("not-awaited", "error"),
    "ASY004": ("wrong-async-session", "warning"),
    "ASY005": ("legacy-async-engine", "error"),
    "ASY006": ("sync-driver-async", "error"),
    "ASY007": ("async-create-all", "error"),
    # Alembic
    "ALB001": ("mako-no-sqlmodel-import", "error"),
    "ALB002": ("env-target-metadata", "error"),
    "ALB003": ("sqlite-no-batch", "error"),
    "ALB004": ("unnamed-constraint-op", "warning"),
    "ALB005": ("rename-as-drop-add", "error"),
    "ALB006": ("not-null-no-default", "error"),
    "ALB007": ("pg-type-change-no-using", "warning"),
    "ALB008": ("pg-enum-lifecycle", "warning"),
    "ALB009": ("no-alembic-check", "info"),
    "ALB010": ("compare-type-off", "warning"),
}

SQLMODEL_FIELD_KWARGS = {
    "default", "default_factory", "alias", "validation_alias", "serialization_alias", "title",
    "description", "exclude", "include", "const", "gt", "ge", "lt", "le", "multiple_of",
    "max_digits", "decimal_places", "min_items", "max_items", "unique_items", "min_length",
    "max_length", "allow_mutation", "regex", "discriminator", "repr", "primary_key",
    "foreign_key", "ondelete", "unique", "nullable", "index", "sa_type", "sa_column",
    "sa_column_args", "sa_column_kwargs", "schema_extra",
}

RENAMED_CONFIG_KEYS = {
    "allow_population_by_field_name": "validate_by_name (or populate_by_name)",
    "anystr_lower": "str_to_lower",
    "anystr_strip_whitespace": "str_strip_whitespace",
    "anystr_upper": "str_to_upper",
    "keep_untouched": "ignored_types",
    "max_anystr_length": "str_max_length",
    "min_anystr_length": "str_min_length",
    "schema_extra": "json_schema_extra",
    "validate_all": "validate_default",
    "allow_mutation": "frozen (inverted)",
    "underscore_attrs_are_private": "(removed)",
    "smart_union": "(removed)",
    "copy_on_model_validation": "revalidate_instances",
    "fields": "(removed: use Field())",
    "json_encoders": "field serializers",
}

MODEL_BASES = {"sqlmodel.SQLModel", "pydantic.BaseModel", "pydantic.main.BaseModel",
               "sqlmodel.main.SQLModel"}
SESSION_TYPES = {"sqlmodel.Session", "sqlmodel.orm.session.Session", "sqlalchemy.orm.Session",
                 "sqlalchemy.orm.session.Session"}
SQLMODEL_SESSIONS = {"sqlmodel.Session", "sqlmodel.orm.session.Session",
                     "sqlmodel.ext.asyncio.session.AsyncSession"}
ASYNC_SESSION_TYPES = {"sqlmodel.ext.asyncio.session.AsyncSession",
                       "sqlalchemy.ext.asyncio.AsyncSession",
                       "sqlalchemy.ext.asyncio.session.AsyncSession"}
SELECT_FUNCS = {"sqlmodel.select", "sqlalchemy.select", "sqlalchemy.sql.select",
                "sqlalchemy.future.select", "sqlalchemy.sql.expression.select",
                "sqlmodel.sql.expression.select"}
CREATE_ENGINE = {"sqlmodel.create_engine", "sqlalchemy.create_engine",
                 "sqlalchemy.engine.create_engine"}
CREATE_ASYNC_ENGINE = {"sqlalchemy.ext.asyncio.create_async_engine"}
TEXT_FUNCS = {"sqlalchemy.text", "sqlmodel.text", "sqlalchemy.sql.text",
              "sqlalchemy.sql.expression.text"}
SESSIONMAKERS = {"sqlalchemy.orm.sessionmaker", "sqlalchemy.orm.session.sessionmaker"}
ASYNC_SESSIONMAKERS = {"sqlalchemy.ext.asyncio.async_sessionmaker"}
ASYNC_SESSION_CORO = {"commit", "exec", "execute", "get", "refresh", "delete", "flush",
                      "rollback", "close", "scalar", "scalars", "merge", "stream",
                      "get_one", "run_sync"}
SYNC_DRIVERS = {"psycopg2", "pysqlite", "pymysql", "mysqldb", "mysqlconnector", "pg8000",
                "cx_oracle", "pyodbc", "pymssql"}
ONCE_CALLS = {
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
    "datetime.date.today", "uuid.uuid1", "uuid.uuid4", "time.time", "secrets.token_hex",
    "secrets.token_urlsafe",
}
ONCE_BUILTINS = {"list", "dict", "set"}
NOT_MODEL_MODULES = {
    "alembic", "sqlalchemy", "sqlmodel", "logging", "os", "sys", "typing", "asyncio",
    "pathlib", "__future__", "configparser", "dotenv", "logging.config",
}


def qualname_of(node):
    """Dotted text of a Name/Attribute chain, or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def call_chain(node):
    """For a.b(...).c(...).d(...) returns the list of (method name, Call) from the outside in,
    and the root expression."""
    chain = []
    while True:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            chain.append((node.func.attr, node))
            node = node.func.value
        else:
            return chain, node


def kw(call, name):
    for k in call.keywords:
        if k.arg == name:
            return k.value
    return None


def is_true(node):
    return isinstance(node, ast.Constant) and node.value is True


def is_const_str(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def is_formatted_string(node):
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return is_const_str(node.left) or is_formatted_string(node.left)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        sides = (node.left, node.right)
        return any(is_const_str(s) or is_formatted_string(s) for s in sides) and not all(
            is_const_str(s) for s in sides)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format" and is_const_str(node.func.value)):
        return True
    return False


DDL_WORDS = {"CREATE", "DROP", "ALTER", "GRANT", "REVOKE", "TRUNCATE", "COMMENT", "VACUUM",
             "ANALYZE", "SET", "RESET", "REINDEX", "CLUSTER", "PRAGMA", "ATTACH", "DETACH"}


def first_text(node):
    """The leading literal text of a formatted string expression."""
    if is_const_str(node):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return node.values[0].value if node.values and is_const_str(node.values[0]) else ""
    if isinstance(node, ast.BinOp):
        return first_text(node.left)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return first_text(node.func.value)
    return ""


def is_ddl(node):
    """DDL names objects, which bound parameters cannot do: formatting identifiers into it is
    the only way, so SQA007 leaves it alone."""
    words = first_text(node).split()
    return bool(words) and words[0].upper() in DDL_WORDS


class Project:
    """What is known across every analysed file: model and table class names, their
    relationships, engines."""

    def __init__(self):
        self.models = set()
        self.sqlmodels = set()  # classes deriving from SQLModel (not plain pydantic)
        self.tables = set()
        self.relationships = {}  # table class -> set of relationship attribute names
        self.eager_rels = {}  # table class -> rels declared lazy="selectin"/"joined"/...
        self.engines = set()  # module-level names bound to create_engine(...)
        self.async_engines = set()
        self.json_fields = {}  # table class -> JSON column attribute names (not Mutable*)
        self.file_models = {}  # absolute path -> model class names defined there
        self.modules = {}  # absolute path -> Module
        self.suffixes = {}  # dotted module suffix -> absolute paths

    def index(self, mods):
        for mod in mods:
            path = os.path.abspath(mod.path)
            self.modules[path] = mod
            parts = os.path.splitext(path)[0].split(os.sep)[1:]
            if parts and parts[-1] == "__init__":
                parts = parts[:-1]
            for i in range(len(parts)):
                self.suffixes.setdefault(".".join(parts[i:]), []).append(path)

    def module_files(self, mod, dotted):
        """Analysed files for an import of `dotted` from `mod`, or None when it is not one of
        the analysed files."""
        level = len(dotted) - len(dotted.lstrip("."))
        name = dotted[level:]
        if level:
            base = os.path.dirname(os.path.abspath(mod.path))
            for _ in range(level - 1):
                base = os.path.dirname(base)
            stem = os.path.join(base, *name.split(".")) if name else base
            found = [p for p in (stem + ".py", os.path.join(stem, "__init__.py"))
                     if p in self.modules]
            return found or None
        return self.suffixes.get(name) or None

    def model_visible(self, mod, q, depth=0):
        if depth > 6:
            return None
        if "." not in q.lstrip("."):
            # A bare name: a class of this module.
            return q if q in self.file_models.get(os.path.abspath(mod.path), ()) else None
        modpart, cname = q.rsplit(".", 1)
        files = self.module_files(mod, modpart)
        if files is None:
            # Maybe `pkg.module` is itself a module of ours (import pkg.models as m; m.Hero),
            # else a module outside the analysed files: match by name.
            return cname if cname in self.models else None
        for f in files:
            if cname in self.file_models.get(f, ()):
                return cname
            other = self.modules[f]
            if cname in other.imports:
                got = self.model_visible(other, other.imports[cname], depth + 1)
                if got:
                    return got
        return None


class Module:
    def __init__(self, path, tree, project):
        self.path = path
        self.tree = tree
        self.project = project
        self.imports = {}  # local name -> qualified name
        self.import_lines = []  # (node, module, names)
        self.parents = {}
        self.findings = []
        self.project_dialect = None
        self.alembic_root = None
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self._collect_imports()
        self.imports_sqlmodel = any(q.split(".")[0] == "sqlmodel" for q in self.imports.values())
        self.imports_pydantic = any(q.split(".")[0] == "pydantic" for q in self.imports.values())
        self.imports_fastapi = any(q.split(".")[0] == "fastapi" for q in self.imports.values())
        self.imports_sqla = any(q.split(".")[0] == "sqlalchemy" for q in self.imports.values())
        self.aliases = {}  # module-level type aliases: name -> annotation expr
        self.str_consts = {}  # module-level name -> str constant (or JoinedStr prefix)
        for stmt in tree.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(
                    stmt.targets[0], ast.Name):
                name = stmt.targets[0].id
                self.aliases[name] = stmt.value
                if is_const_str(stmt.value):
                    self.str_consts[name] = stmt.value.value
                elif isinstance(stmt.value, ast.JoinedStr) and stmt.value.values and is_const_str(
                        stmt.value.values[0]):
                    self.str_consts[name] = stmt.value.values[0].value
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) \
                    and stmt.value is not None:
                if is_const_str(stmt.value):
                    self.str_consts[stmt.target.id] = stmt.value.value
                if self.resolve(stmt.annotation) in ("typing.TypeAlias", "typing_extensions.TypeAlias"):
                    self.aliases[stmt.target.id] = stmt.value
            elif sys.version_info >= (3, 12) and isinstance(stmt, getattr(ast, "TypeAlias", ())):
                self.aliases[stmt.name.id] = stmt.value

    # -- imports -------------------------------------------------------------------------

    def _collect_imports(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:
                        self.imports[a.asname] = a.name
                    else:
                        top = a.name.split(".")[0]
                        self.imports[top] = top
                self.import_lines.append((node, None, [a.name for a in node.names]))
            elif isinstance(node, ast.ImportFrom):
                mod = node.module or ""
                if node.level:
                    mod = "." * node.level + mod
                for a in node.names:
                    self.imports[a.asname or a.name] = (mod + "." + a.name) if mod else a.name
                self.import_lines.append((node, mod, [a.name for a in node.names]))

    def resolve(self, node):
        """Qualified name of a Name/Attribute expression through the imports."""
        text = qualname_of(node)
        if text is None:
            return None
        head, _, rest = text.partition(".")
        if head in self.imports:
            base = self.imports[head]
            return base + ("." + rest if rest else "")
        return text

    def local_class_name(self, node):
        """The class name a Name/Attribute denotes, when it is a known model class: defined as
        one in this module, or imported from an analysed module that defines (or re-exports)
        it. A name imported from a module outside the analysed files is matched by name."""
        q = self.resolve(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
        if q is None:
            return None
        return self.project.model_visible(self, q)

    def is_model_class(self, node):
        return self.local_class_name(node) is not None

    def is_table_class(self, node):
        name = self.local_class_name(node)
        return name is not None and name in self.project.tables

    # -- findings ------------------------------------------------------------------------

    def add(self, node, rule, message, fix=None, line=None, col=None):
        self.findings.append({
            "path": self.path,
            "line": line if line is not None else getattr(node, "lineno", 1),
            "column": col if col is not None else getattr(node, "col_offset", 0) + 1,
            "rule": rule,
            "name": RULES[rule][0],
            "severity": RULES[rule][1],
            "message": message,
            "fix": fix,
        })

    def enclosing_function(self, node):
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                return node
        return None


# ---------------------------------------------------------------------------------------
# Pass 1: model classes across the project


def model_classes(mod):
    """(ClassDef, is_table) for the classes in a module that derive from SQLModel/BaseModel
    or from another known model class."""
    out = []
    for node in ast.walk(mod.tree):
        if not isinstance(node, ast.ClassDef):
            continue
        is_model = False
        for b in node.bases:
            if mod.resolve(b) in MODEL_BASES or mod.is_model_class(b):
                is_model = True
        if not is_model:
            continue
        table = any(k.arg == "table" and is_true(k.value) for k in node.keywords)
        out.append((node, table))
    return out


def collect_project(mods, project):
    changed = True
    while changed:
        changed = False
        for mod in mods:
            for cls, table in model_classes(mod):
                fm = project.file_models.setdefault(os.path.abspath(mod.path), set())
                if cls.name not in fm:
                    fm.add(cls.name)
                    project.models.add(cls.name)
                    changed = True
                if table and cls.name not in project.tables:
                    project.tables.add(cls.name)
                    changed = True
    changed = True
    while changed:
        changed = False
        for mod in mods:
            for cls, _ in model_classes(mod):
                if cls.name in project.sqlmodels:
                    continue
                for b in cls.bases:
                    if mod.resolve(b) in ("sqlmodel.SQLModel", "sqlmodel.main.SQLModel") or (
                            mod.local_class_name(b) in project.sqlmodels):
                        project.sqlmodels.add(cls.name)
                        changed = True
    for mod in mods:
        for cls, table in model_classes(mod):
            if not table:
                continue
            rels = project.relationships.setdefault(cls.name, set())
            eager = project.eager_rels.setdefault(cls.name, set())
            for stmt in cls.body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) \
                        and isinstance(stmt.value, ast.Call):
                    q = mod.resolve(stmt.value.func)
                    if q in ("sqlmodel.Field", "sqlmodel.main.Field"):
                        t = kw(stmt.value, "sa_type")
                        sc_ = kw(stmt.value, "sa_column")
                        if t is None and isinstance(sc_, ast.Call) and sc_.args:
                            t = sc_.args[0]
                        if t is not None and type_family(mod, t) == "json":
                            project.json_fields.setdefault(cls.name, set()).add(stmt.target.id)
                    if q in ("sqlmodel.Relationship", "sqlmodel.main.Relationship"):
                        rels.add(stmt.target.id)
                        sk = kw(stmt.value, "sa_relationship_kwargs")
                        if isinstance(sk, ast.Dict):
                            for k, v in zip(sk.keys, sk.values):  # noqa: B905 (3.8)
                                if is_const_str(k) and k.value == "lazy" and is_const_str(v) \
                                        and v.value != "select":
                                    eager.add(stmt.target.id)
        for stmt in mod.tree.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
                q = mod.resolve(stmt.value.func)
                for t in stmt.targets:
                    if isinstance(t, ast.Name):
                        if q in CREATE_ENGINE:
                            project.engines.add(t.id)
                        elif q in CREATE_ASYNC_ENGINE or q == "sqlalchemy.ext.asyncio.AsyncEngine" \
                                or q == "sqlmodel.ext.asyncio.session.AsyncEngine":
                            project.async_engines.add(t.id)


# ---------------------------------------------------------------------------------------
# Per-function variable kinds


class Scope:
    """Kinds of the local names of one function (or of the module body): 'session',
    'async_session', 'engine', 'async_engine', 'conn', ('model', Class)."""

    def __init__(self, mod, func, checker=None):
        self.mod = mod
        self.func = func
        self.checker = checker
        self.kinds = {}
        self.sessionmakers = set()
        self.strings = {}  # name -> formatted-string node
        body = func if func is not None else mod.tree
        if func is not None and not isinstance(func, ast.Lambda):
            args = func.args
            for a in args.posonlyargs + args.args + args.kwonlyargs:
                k = self.kind_of_annotation(a.annotation) if a.annotation is not None else None
                if k:
                    self.kinds[a.arg] = k
        # Twice: the walk is not in source order, and a kind can depend on another name. The
        # last pass records every kind a name gets: a name bound to two kinds (an async engine
        # in one branch, a sync one in the other) is left undecided.
        seen = {}
        for round_ in range(3):
            for node in self.walk_own(body):
                if isinstance(node, ast.Assign):
                    k = self.kind_of_value(node.value)
                    for t in node.targets:
                        if isinstance(t, ast.Name):
                            if round_ == 2:
                                seen.setdefault(t.id, set()).add(k)
                            if k:
                                self.kinds[t.id] = k
                            if is_formatted_string(node.value):
                                self.strings[t.id] = node.value
                            if isinstance(node.value, ast.Call) and (
                                    mod.resolve(node.value.func) in SESSIONMAKERS | ASYNC_SESSIONMAKERS):
                                self.sessionmakers.add(t.id)
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    k = self.kind_of_annotation(node.annotation)
                    if not k and node.value is not None:
                        k = self.kind_of_value(node.value)
                    if round_ == 2:
                        seen.setdefault(node.target.id, set()).add(k)
                    if k:
                        self.kinds[node.target.id] = k
                elif isinstance(node, (ast.With, ast.AsyncWith)):
                    for item in node.items:
                        if isinstance(item.optional_vars, ast.Name):
                            k = self.kind_of_value(item.context_expr)
                            if k:
                                self.kinds[item.optional_vars.id] = k

        for name, kinds in seen.items():
            if len(kinds) > 1 and name in self.kinds:
                del self.kinds[name]

    def walk_own(self, root):
        """Nodes of a function body, not descending into nested functions or classes."""
        stack = list(ast.iter_child_nodes(root))
        while stack:
            node = stack.pop()
            yield node
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            stack.extend(ast.iter_child_nodes(node))

    def kind_of_annotation(self, ann, depth=0):
        mod = self.mod
        if ann is None or depth > 4:
            return None
        if is_const_str(ann):
            try:
                ann = ast.parse(ann.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(ann, ast.Subscript):
            q = mod.resolve(ann.value)
            if q in ("typing.Annotated", "typing_extensions.Annotated", "typing.Optional"):
                inner = ann.slice
                if type(inner).__name__ == "Index":  # Python 3.8 wraps subscripts
                    inner = inner.value
                if isinstance(inner, ast.Tuple):
                    inner = inner.elts[0]
                return self.kind_of_annotation(inner, depth + 1)
            return None
        if isinstance(ann, ast.BinOp) and isinstance(ann.op, ast.BitOr):
            for side in (ann.left, ann.right):
                if not (isinstance(side, ast.Constant) and side.value is None):
                    return self.kind_of_annotation(side, depth + 1)
            return None
        q = mod.resolve(ann)
        if q in ASYNC_SESSION_TYPES:
            return "async_session"
        if q in SESSION_TYPES:
            return "sqlmodel_session" if q in SQLMODEL_SESSIONS else "session"
        if q in ("sqlalchemy.engine.Engine", "sqlalchemy.Engine", "sqlmodel.Engine"):
            return "engine"
        if q in ("sqlalchemy.ext.asyncio.AsyncEngine",):
            return "async_engine"
        if q in ("sqlalchemy.engine.Connection", "sqlalchemy.Connection"):
            return "conn"
        cls = mod.local_class_name(ann)
        if cls:
            return ("model", cls)
        if isinstance(ann, ast.Name) and ann.id in mod.aliases and ann.id not in mod.imports:
            return self.kind_of_annotation(mod.aliases[ann.id], depth + 1)
        return None

    def kind_of_value(self, value):
        mod = self.mod
        if isinstance(value, ast.Await):
            value = value.value
        if not isinstance(value, ast.Call):
            if isinstance(value, ast.Name):
                if value.id in mod.project.engines:
                    return "engine"
                if value.id in mod.project.async_engines:
                    return "async_engine"
            return None
        q = mod.resolve(value.func)
        if q in ASYNC_SESSION_TYPES:
            return "async_session"
        if q in SESSION_TYPES:
            return "sqlmodel_session" if q in SQLMODEL_SESSIONS else "session"
        if q in CREATE_ENGINE:
            return "engine"
        if q in CREATE_ASYNC_ENGINE:
            return "async_engine"
        if isinstance(value.func, ast.Name) and value.func.id in self.sessionmakers:
            return "session"
        if isinstance(value.func, ast.Name) and value.func.id in self.module_sessionmakers():
            return self.module_sessionmakers()[value.func.id]
        if isinstance(value.func, ast.Attribute):
            recv_kind = self.kind(value.func.value)
            if value.func.attr in ("connect", "begin") and recv_kind in ("engine", "async_engine"):
                return "conn"
            if value.func.attr == "get_bind" and mod.resolve(value.func.value) == "alembic.op":
                return "conn"
            if value.func.attr in ("get", "get_one") and recv_kind in (
                    "session", "sqlmodel_session", "async_session") and value.args:
                cls = mod.local_class_name(value.args[0])
                if cls:
                    return ("model", cls)
            if value.func.attr in ("model_validate", "from_orm", "parse_obj", "model_construct",
                                   "construct", "parse_raw", "model_validate_json"):
                cls = mod.local_class_name(value.func.value)
                if cls:
                    return ("model", cls)
        cls = mod.local_class_name(value.func)
        if cls:
            return ("model", cls)
        chain, _ = call_chain(value)
        if chain and chain[0][0] in ("first", "one", "one_or_none", "get") and \
                self.checker is not None:
            info = self.checker.query_entity(value, self)
            if info is not None:
                return ("model", info[0])
        return None

    _module_sm = None

    def module_sessionmakers(self):
        if Scope._module_sm is None or Scope._module_sm[0] is not self.mod:
            found = {}
            for stmt in self.mod.tree.body:
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
                    q = self.mod.resolve(stmt.value.func)
                    if q in SESSIONMAKERS or q in ASYNC_SESSIONMAKERS:
                        cls = kw(stmt.value, "class_")
                        is_async = q in ASYNC_SESSIONMAKERS or (
                            cls is not None and self.mod.resolve(cls) in ASYNC_SESSION_TYPES)
                        for t in stmt.targets:
                            if isinstance(t, ast.Name):
                                found[t.id] = "async_session" if is_async else "session"
            Scope._module_sm = (self.mod, found)
        return Scope._module_sm[1]

    def kind(self, node):
        if isinstance(node, ast.Name):
            if node.id in self.kinds:
                return self.kinds[node.id]
            if node.id in self.mod.project.engines:
                return "engine"
            if node.id in self.mod.project.async_engines:
                return "async_engine"
            return None
        if isinstance(node, ast.Call):
            return self.kind_of_value(node)
        return None

    def is_session(self, node):
        return self.kind(node) in ("session", "sqlmodel_session", "async_session")

    def model_of(self, node):
        k = self.kind(node)
        return k[1] if isinstance(k, tuple) else None


# ---------------------------------------------------------------------------------------
# Rules


class Checker:
    def __init__(self, mod):
        self.mod = mod
        self.scopes = {}

    def scope(self, node):
        func = self.mod.enclosing_function(node)
        if func not in self.scopes:
            self.scopes[func] = Scope(self.mod, func, self)
        return self.scopes[func]

    def run(self):
        mod = self.mod
        self.check_imports()
        self.check_classes()
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Call):
                self.check_call(node)
            elif isinstance(node, ast.Attribute):
                self.check_attribute(node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.check_function(node)
            elif isinstance(node, ast.For):
                self.check_for(node)
            if isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
                targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Subscript):
                        self.check_json_mutation(t.value, node, "item assignment")

    # -- imports -------------------------------------------------------------------------

    def check_imports(self):
        mod = self.mod
        has_tables = False
        for cls, table in model_classes(mod):
            if table and cls.name in mod.project.relationships and \
                    mod.project.relationships[cls.name]:
                has_tables = True
        for node, module, names in mod.import_lines:
            if module == "__future__" and "annotations" in names and has_tables:
                mod.add(node, "SQM049",
                        "`from __future__ import annotations` in a module with SQLModel "
                        "relationships: relationship annotations may not resolve (sqlmodel #196)",
                        "Remove it and quote forward references: list[\"Hero\"]")
            if module == "sqlalchemy.ext.declarative" and "declarative_base" in names:
                mod.add(node, "SQA009",
                        "declarative_base is imported from sqlalchemy.ext.declarative, moved in "
                        "SQLAlchemy 2.0 (MovedIn20Warning)",
                        "Subclass SQLModel; or import it from sqlalchemy.orm")
            if module == "sqlmodel.ext.asyncio.session" and "AsyncEngine" in names:
                mod.add(node, "ASY005",
                        "AsyncEngine is not exported by sqlmodel.ext.asyncio.session in current "
                        "SQLModel (ImportError)",
                        "from sqlalchemy.ext.asyncio import create_async_engine")
            if module in ("sqlalchemy.ext.asyncio", "sqlalchemy.ext.asyncio.session") \
                    and "AsyncSession" in names and mod.imports_sqlmodel:
                mod.add(node, "ASY004",
                        "SQLAlchemy's AsyncSession in SQLModel code: it has no .exec(), and "
                        "execute() results need .scalars()",
                        "from sqlmodel.ext.asyncio.session import AsyncSession")

    # -- classes -------------------------------------------------------------------------

    def check_classes(self):
        mod = self.mod
        defined_later = {}
        top_classes = [s for s in mod.tree.body if isinstance(s, ast.ClassDef)]
        for i, c in enumerate(top_classes):
            defined_later[c.name] = i
        future = any(m == "__future__" and "annotations" in n for _, m, n in mod.import_lines)
        for node in ast.walk(mod.tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for b in node.bases:
                if mod.resolve(b) in ("sqlmodel.Enum", "sqlmodel.sql.sqltypes.Enum"):
                    mod.add(b, "SQM039",
                            f"class {node.name} derives from sqlmodel.Enum, which is SQLAlchemy's "
                            "Enum column type, not a Python enum",
                            "import enum; class ...(str, enum.Enum)")
        models = model_classes(mod)
        for cls, table in models:
            self.check_model_class(cls, table, future, top_classes, defined_later)

    def check_model_class(self, cls, table, future, top_classes, order):
        mod = self.mod
        my_index = order.get(cls.name)
        for stmt in cls.body:
            if isinstance(stmt, ast.ClassDef) and stmt.name == "Config":
                mod.add(stmt, "PYD001",
                        f"class Config inside model {cls.name}: class-based config is deprecated "
                        "in pydantic v2",
                        "model_config = ConfigDict(...) (SQLModelConfig for table models)")
                for sub in stmt.body:
                    if isinstance(sub, ast.Assign):
                        for t in sub.targets:
                            if isinstance(t, ast.Name):
                                self.check_config_key(t.id, t, cls.name)
            if isinstance(stmt, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "model_config" for t in stmt.targets) \
                    and isinstance(stmt.value, ast.Call):
                for k in stmt.value.keywords:
                    if k.arg:
                        self.check_config_key(k.arg, k.value, cls.name, in_config_dict=True)
            value = None
            ann = None
            if isinstance(stmt, ast.AnnAssign):
                value, ann = stmt.value, stmt.annotation
            elif isinstance(stmt, ast.Assign):
                value = stmt.value
            if ann is not None:
                self.check_annotation(ann, cls, table, future, top_classes, my_index)
            if value is not None:
                self.check_default(value, cls)
            if isinstance(value, ast.Call):
                q = mod.resolve(value.func)
                if q in ("sqlalchemy.orm.relationship", "sqlalchemy.orm.mapped_column",
                         "sqlalchemy.orm.declarative_base"):
                    mod.add(value, "SQM052",
                            f"{q.rsplit('.', 1)[-1]}() inside the SQLModel class {cls.name}",
                            "Field() / Relationship(); sa_type / sa_column_kwargs / "
                            "sa_relationship_kwargs for the rest")

    def check_config_key(self, key, node, cls, in_config_dict=False):
        mod = self.mod
        if key == "orm_mode" or (key == "from_attributes" and in_config_dict
                                 and cls in mod.project.sqlmodels):
            mod.add(node, "PYD002",
                    f"{key} set on model {cls}: 'orm_mode' was renamed to 'from_attributes' and "
                    "SQLModel already sets from_attributes=True",
                    "Delete it")
        elif key in RENAMED_CONFIG_KEYS:
            mod.add(node, "PYD003",
                    f"config key '{key}' on model {cls} was renamed or removed in pydantic v2",
                    f"Use {RENAMED_CONFIG_KEYS[key]}")

    def check_annotation(self, ann, cls, table, future, top_classes, my_index):
        mod = self.mod
        for n in ast.walk(ann):
            if isinstance(n, ast.Call) and table:
                q = mod.resolve(n.func)
                if q in ("pydantic.constr", "pydantic.condecimal", "pydantic.conint",
                         "pydantic.confloat", "pydantic.conbytes"):
                    mod.add(n, "PYD014",
                            f"{q.rsplit('.', 1)[-1]}() annotation on table model {cls.name}: "
                            "SQLModel reads DB length/precision from Field()",
                            "Field(max_length=..., max_digits=..., decimal_places=...)")
            if isinstance(n, ast.Subscript) and mod.resolve(n.value) in (
                    "sqlalchemy.orm.Mapped",):
                mod.add(n, "SQM052",
                        f"Mapped[...] annotation inside the SQLModel class {cls.name}",
                        "Plain annotations with Field() / Relationship()")
        if future or sys.version_info >= (3, 14) or my_index is None:
            return
        for n in ast.walk(ann):
            if isinstance(n, ast.Name) and n.id in {c.name for c in top_classes} \
                    and n.id not in mod.imports:
                idx = next(i for i, c in enumerate(top_classes) if c.name == n.id)
                if idx > my_index:
                    mod.add(n, "SQM050",
                            f"{n.id} is used unquoted in {cls.name} before it is defined "
                            "(NameError at import)",
                            f"Quote it: \"{n.id}\"")

    def check_default(self, value, cls):
        mod = self.mod
        candidates = []
        if isinstance(value, ast.Call):
            q = mod.resolve(value.func)
            if q in ("sqlmodel.Field", "pydantic.Field", "sqlalchemy.Column",
                     "sqlalchemy.orm.mapped_column"):
                d = kw(value, "default")
                if d is not None:
                    candidates.append(d)
                elif q == "pydantic.Field" and value.args:
                    candidates.append(value.args[0])
                sc = kw(value, "sa_column")
                if isinstance(sc, ast.Call):
                    d = kw(sc, "default")
                    if d is not None:
                        candidates.append(d)
            else:
                candidates.append(value)
        for d in candidates:
            if isinstance(d, ast.Call):
                q = mod.resolve(d.func)
                if q in ONCE_CALLS or (isinstance(d.func, ast.Name) and d.func.id in ONCE_BUILTINS
                                       and d.func.id not in mod.imports and not d.args):
                    mod.add(d, "SQM036",
                            f"default {qualname_of(d.func)}() in {cls.name} is evaluated once at "
                            "import: every row shares the value",
                            f"default_factory={qualname_of(d.func)}")

    # -- functions -----------------------------------------------------------------------

    def route_decorator(self, func):
        if not self.mod.imports_fastapi:
            return None
        for d in func.decorator_list:
            if isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr in (
                    "get", "post", "put", "patch", "delete", "api_route"):
                return d
        return None

    def check_function(self, func):
        mod = self.mod
        sc = self.scope(func.body[0]) if func.body else Scope(mod, func, self)
        for d in func.decorator_list:
            if isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) \
                    and d.func.attr == "on_event" and mod.imports_fastapi:
                mod.add(d, "API009",
                        "@app.on_event is deprecated in FastAPI: \"use lifespan event handlers "
                        "instead\"",
                        "@asynccontextmanager async def lifespan(app): ...; FastAPI(lifespan=lifespan)")
            q = mod.resolve(d.func if isinstance(d, ast.Call) else d)
            if q in ("pydantic.validator", "pydantic.root_validator",
                     "pydantic.class_validators.validator", "pydantic.class_validators.root_validator"):
                mod.add(d, "PYD011",
                        f"pydantic v1 @{q.rsplit('.', 1)[-1]} on {func.name}: deprecated in v2",
                        "@field_validator(...) + @classmethod / @model_validator(mode=...)")
        route = self.route_decorator(func)
        if route is not None:
            method = route.func.attr
            if method in ("post", "put", "patch"):
                for a in func.args.args + func.args.kwonlyargs:
                    k = sc.kind_of_annotation(a.annotation) if a.annotation is not None else None
                    if isinstance(k, tuple) and k[1] in mod.project.tables:
                        mod.add(a, "API001",
                                f"table model {k[1]} is the request body of {func.name}: the client "
                                "can set id and server-owned fields",
                                f"Accept a {k[1]}Create / {k[1]}Update data model")
            rm = kw(route, "response_model")
            if rm is not None:
                if mod.is_table_class(rm):
                    mod.add(rm, "API002",
                            f"response_model of {func.name} is the table model "
                            f"{mod.local_class_name(rm)}: every column (secrets included) is returned",
                            f"response_model={mod.local_class_name(rm)}Public")
            elif func.returns is not None:
                for n in ast.walk(func.returns):
                    if isinstance(n, (ast.Name, ast.Attribute)) and mod.is_table_class(n):
                        mod.add(func.returns, "API002",
                                f"{func.name} returns the table model {mod.local_class_name(n)} "
                                "without a response_model: every column (secrets included) is "
                                "returned",
                                f"response_model={mod.local_class_name(n)}Public")
                        break
        self.check_commit_paths(func, sc)
        if isinstance(func, ast.AsyncFunctionDef):
            self.check_async_loads(func, sc)
        else:
            self.check_detached(func, sc)
        if func.name == "upgrade" and any(q.startswith("alembic") for q in mod.imports.values()):
            self.check_rename(func)

    def check_async_loads(self, func, sc):
        """ASY001 for `x = await session.get(M, id)` / `x = (await session.exec(select(M)))
        .first()` followed by `x.rel` on a lazy relationship that was not loaded."""
        mod = self.mod
        bound = {}
        for node in sc.walk_own(func):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                    node.targets[0], ast.Name)):
                continue
            value = node.value
            info = None
            if isinstance(value, ast.Await) and isinstance(value.value, ast.Call) and isinstance(
                    value.value.func, ast.Attribute) and value.value.func.attr in ("get", "get_one") \
                    and sc.kind(value.value.func.value) == "async_session" and value.value.args:
                cls = mod.local_class_name(value.value.args[0])
                if cls in mod.project.tables:
                    opts = kw(value.value, "options")
                    loaded = {n.attr for n in ast.walk(opts)
                              if isinstance(n, ast.Attribute)} if opts is not None else set()
                    info = (cls, True, loaded)
            else:
                chain, _ = call_chain(value)
                if chain and chain[0][0] in ("first", "one", "one_or_none"):
                    info = self.query_entity(value, sc)
            if info is not None and info[1]:
                bound[node.targets[0].id] = (node.lineno, info[0], info[2])
        if not bound:
            return
        refreshed = set()
        for node in sc.walk_own(func):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == "refresh" and node.args and isinstance(node.args[0], ast.Name):
                for n in ast.walk(node):
                    if is_const_str(n):
                        refreshed.add((node.args[0].id, n.value))
        reported = set()
        for node in sc.walk_own(func):
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and isinstance(
                    node.value, ast.Name) and node.value.id in bound:
                line, cls, loaded = bound[node.value.id]
                rels = mod.project.relationships.get(cls, set()) - mod.project.eager_rels.get(
                    cls, set())
                name = node.value.id
                if node.lineno > line and node.attr in rels and node.attr not in loaded and \
                        (name, node.attr) not in refreshed and (name, node.attr) not in reported:
                    reported.add((name, node.attr))
                    mod.add(node, "ASY001",
                            f"{name}.{node.attr} lazy-loads {cls}.{node.attr} under AsyncSession "
                            "(MissingGreenlet)",
                            f"selectinload({cls}.{node.attr}) or await session.refresh({name}, "
                            f"[\"{node.attr}\"])")

    def check_detached(self, func, sc):
        """API013: an ORM object loaded inside `with Session(...) as s:` whose lazy
        relationship is first read after the block, when the session is closed and the
        object detached (DetachedInstanceError).

        Decided only when every fact is visible in the function: the session is created by
        the `with` itself (sync Session or a sessionmaker; AsyncSession is ASY001's), the
        name is bound once in the function, to `s.get(M, ...)` or to a select/query of one
        table model M, the relationship is declared with Relationship() on M in the linted
        tree and is lazy (no lazy="selectin"/"joined"/... and no loader option or
        refresh(obj, ["rel"]) naming it), and inside the block the object is neither read
        through that relationship nor handed to any call (which could serialise it or load
        the relationship)."""
        mod = self.mod
        binds = {}
        for node in sc.walk_own(func):
            for t in self.bound_targets(node):
                binds[t] = binds.get(t, 0) + 1
        for block in sc.walk_own(func):
            if not isinstance(block, ast.With):
                continue
            owned = set()
            for item in block.items:
                if isinstance(item.optional_vars, ast.Name) and isinstance(
                        item.context_expr, ast.Call) and sc.kind_of_value(
                        item.context_expr) in ("session", "sqlmodel_session"):
                    owned.add(item.optional_vars.id)
            if not owned:
                continue
            inner = [n for stmt in block.body for n in [stmt] + list(sc.walk_own(stmt))]
            loaded_objs = {}
            for node in inner:
                if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(
                        node.targets[0], ast.Name)) or binds.get(node.targets[0].id) != 1:
                    continue
                info = self.session_load(node.value, sc, owned)
                if info is not None:
                    loaded_objs[node.targets[0].id] = (node,) + info
            if not loaded_objs:
                continue
            for node in inner:
                # Read or handed over inside the block: not decidable, or already loaded.
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                        node.value.id in loaded_objs:
                    loaded_objs[node.value.id][3].add(node.attr)
                if isinstance(node, ast.Call):
                    recv = node.func.value if isinstance(node.func, ast.Attribute) else None
                    on_session = isinstance(recv, ast.Name) and recv.id in owned
                    for a in list(node.args) + [k.value for k in node.keywords]:
                        for n in ast.walk(a):
                            if isinstance(n, ast.Name) and n.id in loaded_objs:
                                if not on_session or node.func.attr not in ("add", "refresh"):
                                    loaded_objs[n.id][3].add("*")
                                elif node.func.attr == "refresh":
                                    for c in ast.walk(node):
                                        if is_const_str(c):
                                            loaded_objs[n.id][3].add(c.value)
                if isinstance(node, (ast.For, ast.comprehension)) and isinstance(
                        node.iter, ast.Name) and node.iter.id in loaded_objs:
                    loaded_objs[node.iter.id][3].add("*")
            after = [n for n in sc.walk_own(func) if getattr(
                n, "lineno", getattr(mod.parents.get(n), "lineno", 0)) > block.end_lineno]
            reported = set()
            for name, (assign, cls, is_list, loaded) in loaded_objs.items():
                if "*" in loaded:
                    continue
                rels = mod.project.relationships.get(cls, set()) - mod.project.eager_rels.get(
                    cls, set()) - loaded
                if not rels:
                    continue
                rows = {name} if not is_list else set()
                if is_list:
                    for n in after:
                        if isinstance(n, (ast.For, ast.comprehension)) and isinstance(
                                n.iter, ast.Name) and n.iter.id == name and isinstance(
                                n.target, ast.Name) and binds.get(n.target.id, 0) <= 1:
                            rows.add(n.target.id)
                # Added or merged into another session later: attached again from there.
                cutoff = min([n.lineno for n in after if isinstance(n, ast.Call) and isinstance(
                    n.func, ast.Attribute) and n.func.attr in ("add", "add_all", "merge",
                                                               "refresh") and any(
                    isinstance(x, ast.Name) and x.id in rows | {name}
                    for a in n.args for x in ast.walk(a))] or [float("inf")])
                for n in after:
                    if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load) and \
                            isinstance(n.value, ast.Name) and n.value.id in rows and \
                            n.lineno < cutoff and \
                            n.attr in rels and (n.value.id, n.attr) not in reported:
                        reported.add((n.value.id, n.attr))
                        mod.add(n, "API013",
                                f"{n.value.id}.{n.attr} lazy-loads {cls}.{n.attr} after the "
                                f"session of line {block.lineno} is closed "
                                "(DetachedInstanceError)",
                                f"Load it inside the block: .options(selectinload({cls}.{n.attr}))"
                                f", or read/serialise {n.value.id}.{n.attr} before the block ends")

    def bound_targets(self, node):
        """Names a statement binds (for counting rebinds)."""
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.For, ast.AsyncFor,
                               ast.comprehension)):
            targets = [node.target]
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            targets = [i.optional_vars for i in node.items if i.optional_vars is not None]
        elif isinstance(node, ast.NamedExpr):
            targets = [node.target]
        out = []
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name):
                    out.append(n.id)
        return out

    def session_load(self, value, sc, owned):
        """(table class, is_list, loaded relationship names) for `s.get(M, pk)` /
        `s.exec(select(M)...).first()|one()|one_or_none()|all()` / `s.query(M)...` on one of
        the `owned` session names, else None."""
        mod = self.mod
        if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Attribute):
            return None
        if value.func.attr in ("get", "get_one") and isinstance(value.func.value, ast.Name) \
                and value.func.value.id in owned and value.args:
            cls = mod.local_class_name(value.args[0])
            if cls not in mod.project.tables:
                return None
            opts = kw(value, "options")
            loaded = {n.attr for n in ast.walk(opts)
                      if isinstance(n, ast.Attribute)} if opts is not None else set()
            return cls, False, loaded
        chain, root = call_chain(value)
        if not chain or not (isinstance(root, ast.Name) and root.id in owned):
            return None
        last = chain[0][0]
        if last not in ("first", "one", "one_or_none", "all"):
            return None
        info = self.query_entity(value, sc)
        if info is None:
            return None
        return info[0], last == "all", set(info[2])

    def check_rename(self, func):
        """ALB005: upgrade() drops one column of a table and adds one of the same type family,
        which is how autogenerate writes a rename."""
        mod = self.mod
        drops = {}
        adds = {}
        for node in ast.walk(func):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if mod.resolve(node.func.value) != "alembic.op":
                continue
            if node.func.attr == "drop_column" and len(node.args) >= 2 and all(
                    is_const_str(a) for a in node.args[:2]):
                drops.setdefault(node.args[0].value, []).append((node, node.args[1].value))
            if node.func.attr == "add_column" and len(node.args) >= 2 and is_const_str(
                    node.args[0]) and isinstance(node.args[1], ast.Call) and node.args[1].args \
                    and is_const_str(node.args[1].args[0]) and len(node.args[1].args) >= 2:
                adds.setdefault(node.args[0].value, []).append(
                    (node, node.args[1].args[0].value, type_family(mod, node.args[1].args[1])))
        downgrade_types = {}
        for other in mod.tree.body:
            if isinstance(other, ast.FunctionDef) and other.name == "downgrade":
                for node in ast.walk(other):
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                            node.func.attr == "add_column" and len(node.args) >= 2 and \
                            is_const_str(node.args[0]) and isinstance(node.args[1], ast.Call) and \
                            len(node.args[1].args) >= 2 and is_const_str(node.args[1].args[0]):
                        downgrade_types[(node.args[0].value, node.args[1].args[0].value)] = \
                            type_family(mod, node.args[1].args[1])
        for table, dl in drops.items():
            al = adds.get(table, [])
            if len(dl) != 1 or len(al) != 1:
                continue
            drop, old = dl[0]
            _, new, fam = al[0]
            old_fam = downgrade_types.get((table, old))
            if fam is not None and old_fam == fam and old != new:
                mod.add(drop, "ALB005",
                        f"{table}.{old} is dropped and {table}.{new} added with the same type: "
                        "if this is a rename, the data is lost",
                        f"op.alter_column(\"{table}\", \"{old}\", new_column_name=\"{new}\")")

    def check_create_all(self, call):
        mod = self.mod
        if mod.alembic_root is None:
            return
        mod.add(call, "API010",
                "metadata.create_all() in a project managed by Alembic: the schema diverges "
                "from the migrations",
                "Run `alembic upgrade head` instead")

    def check_commit_paths(self, func, sc):
        """API008 (no refresh after commit before returning an added object) and SQA016
        (a session the function owns gets add/delete but never a commit)."""
        mod = self.mod
        added = {}
        commits = []
        refreshed = []
        owned = set()
        any_commit = False
        begin_ctx = False
        add_calls = []
        for node in sc.walk_own(func):
            if isinstance(node, (ast.With, ast.AsyncWith)):
                for item in node.items:
                    ce = item.context_expr
                    if isinstance(item.optional_vars, ast.Name) and sc.is_session(
                            item.optional_vars) and isinstance(ce, ast.Call) and \
                            sc.kind_of_value(ce) in ("session", "sqlmodel_session",
                                                     "async_session"):
                        owned.add(item.optional_vars.id)
                    if isinstance(ce, ast.Call) and isinstance(ce.func, ast.Attribute) and \
                            ce.func.attr in ("begin", "begin_nested"):
                        begin_ctx = True
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                attr = node.func.attr
                if attr == "commit":
                    any_commit = True
                if not isinstance(node.func.value, ast.Name) or not sc.is_session(node.func.value):
                    continue
                sname = node.func.value.id
                if attr == "add" and node.args and isinstance(node.args[0], ast.Name):
                    added.setdefault(node.args[0].id, node.lineno)
                if attr in ("add", "add_all", "delete"):
                    add_calls.append((sname, node))
                if attr == "commit":
                    commits.append(node.lineno)
                if attr == "refresh" and node.args and isinstance(node.args[0], ast.Name):
                    refreshed.append((node.args[0].id, node.lineno))
        if not any_commit and not begin_ctx:
            for sname, call in add_calls:
                if sname in owned:
                    mod.add(call, "SQA016",
                            f"{sname}.{call.func.attr}() in {func.name} but the session is never "
                            "committed: the change is discarded when the session closes",
                            f"{sname}.commit()")
                    break
        if not commits:
            return
        for node in sc.walk_own(func):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Name) \
                    and node.value.id in added:
                name = node.value.id
                before = [c for c in commits if added[name] <= c <= node.lineno]
                if not before:
                    continue
                last_commit = max(before)
                if not any(r == name and last_commit <= ln <= node.lineno for r, ln in refreshed):
                    mod.add(node, "API008",
                            f"{name} is returned after commit() without refresh(): its attributes "
                            "are expired and DB-generated values are not loaded",
                            f"session.refresh({name}) after the commit")

    def check_for(self, node):
        """API005: setattr loop; SQA014/ASY001: lazy relationship per row."""
        mod = self.mod
        t = node.target
        it = node.iter
        if isinstance(t, ast.Tuple) and len(t.elts) == 2 and all(
                isinstance(e, ast.Name) for e in t.elts) and isinstance(it, ast.Call) and \
                isinstance(it.func, ast.Attribute) and it.func.attr == "items" and (
                mod.imports_sqlmodel or mod.imports_sqla or mod.imports_pydantic):
            k, v = t.elts[0].id, t.elts[1].id
            sc0 = self.scope(node)
            for stmt in node.body:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and \
                        isinstance(stmt.value.func, ast.Name) and stmt.value.func.id == "setattr" \
                        and len(stmt.value.args) == 3 and isinstance(stmt.value.args[1], ast.Name) \
                        and stmt.value.args[1].id == k and isinstance(stmt.value.args[2], ast.Name) \
                        and stmt.value.args[2].id == v and sc0.model_of(stmt.value.args[0]):
                    mod.add(stmt.value, "API005",
                            "manual setattr loop to update a model",
                            "db_obj.sqlmodel_update(data)")
        if not isinstance(t, ast.Name):
            return
        sc = self.scope(node)
        info = self.query_entity(it, sc)
        if info is None:
            return
        cls, is_async, loaded = info
        rels = mod.project.relationships.get(cls, set()) - mod.project.eager_rels.get(cls, set())
        for sub in ast.walk(ast.Module(body=node.body, type_ignores=[])):
            if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and \
                    sub.value.id == t.id and sub.attr in rels and sub.attr not in loaded:
                if is_async:
                    mod.add(sub, "ASY001",
                            f"{t.id}.{sub.attr} lazy-loads {cls}.{sub.attr} under AsyncSession "
                            "(MissingGreenlet)",
                            f".options(selectinload({cls}.{sub.attr}))")
                else:
                    mod.add(sub, "SQA014",
                            f"{t.id}.{sub.attr} lazy-loads {cls}.{sub.attr} once per row "
                            "(N+1 queries)",
                            f".options(selectinload({cls}.{sub.attr}))")
                break

    def query_entity(self, it, sc):
        """For session.exec(select(M)...).all() / session.query(M).all() / (await
        session.exec(select(M))).all(): (M, is_async, eager-loaded names), else None."""
        mod = self.mod
        chain, root = call_chain(it)
        if isinstance(root, ast.Await):
            inner_chain, root = call_chain(root.value)
            chain = chain + inner_chain
        if not chain:
            return None
        names = [c[0] for c in chain]
        sess_call = chain[-1][1]
        if not (isinstance(root, ast.Name) and sc.is_session(root)):
            return None
        is_async = sc.kind(root) == "async_session"
        entity = None
        options = []
        if names[-1] == "query" and sess_call.args:
            entity = sess_call.args[0]
            options = [c for n, c in chain if n == "options"]
        elif names[-1] in ("exec", "execute", "scalars") and sess_call.args:
            stmt_chain, stmt_root = call_chain(sess_call.args[0])
            options = [c for n, c in stmt_chain if n == "options"]
            if isinstance(stmt_root, ast.Call) and mod.resolve(stmt_root.func) in SELECT_FUNCS \
                    and len(stmt_root.args) == 1:
                entity = stmt_root.args[0]
        if entity is None:
            return None
        cls = mod.local_class_name(entity)
        if cls is None or cls not in mod.project.tables:
            return None
        loaded = set()
        for opt in options:
            for n in ast.walk(opt):
                if isinstance(n, ast.Attribute):
                    loaded.add(n.attr)
        return cls, is_async, loaded

    # -- attributes ----------------------------------------------------------------------

    def check_attribute(self, node):
        mod = self.mod
        if node.attr in ("__fields__", "__fields_set__") and (
                mod.is_model_class(node.value) or self.scope(node).model_of(node.value)):
            new = "model_fields" if node.attr == "__fields__" else "model_fields_set"
            mod.add(node, "PYD010", f"{node.attr} is deprecated in pydantic v2", f"Use {new}")
        if node.attr in ("utcnow", "utcfromtimestamp"):
            if mod.resolve(node) in ("datetime.datetime.utcnow", "datetime.datetime.utcfromtimestamp"):
                mod.add(node, "SQM037",
                        f"datetime.{node.attr} is deprecated since Python 3.12 and returns a naive "
                        "datetime",
                        "datetime.now(timezone.utc)" if node.attr == "utcnow"
                        else "datetime.fromtimestamp(ts, timezone.utc)")

    # -- calls ---------------------------------------------------------------------------

    def check_call(self, call):
        mod = self.mod
        q = mod.resolve(call.func)
        sc = self.scope(call)
        func = call.func
        if isinstance(func, ast.Attribute):
            self.check_method_call(call, func, sc)
        if q is None:
            return
        if q in ("sqlmodel.Field", "sqlmodel.main.Field"):
            for k in call.keywords:
                if k.arg is not None and k.arg not in SQLMODEL_FIELD_KWARGS:
                    mod.add(k.value, "PYD013",
                            f"Field() has no parameter '{k.arg}' in SQLModel (TypeError)",
                            f"schema_extra={{\"{k.arg}\": ...}}", line=k.value.lineno,
                            col=k.value.col_offset - len(k.arg))
        if q in ("sqlmodel.Relationship", "sqlalchemy.orm.relationship"):
            sk = kw(call, "sa_relationship_kwargs")
            bad = kw(call, "backref")
            if isinstance(sk, ast.Dict):
                for key in sk.keys:
                    if is_const_str(key) and key.value == "backref":
                        bad = key
            if bad is not None:
                mod.add(bad, "SQA011", "relationship backref is legacy",
                        "back_populates on both sides")
        if q in SELECT_FUNCS and len(call.args) == 1 and isinstance(call.args[0], ast.List):
            mod.add(call, "SQA004", "select([...]) takes a list: removed in SQLAlchemy 2.0 "
                    "(ArgumentError)", "select(A, B)")
        if q in CREATE_ENGINE:
            fut = kw(call, "future")
            if fut is not None and is_true(fut):
                mod.add(fut, "SQA010", "create_engine(future=True) is redundant in SQLAlchemy 2.0",
                        "Remove future=True")
            self.check_sqlite_engine(call)
        if q in ("sqlalchemy.MetaData", "sqlmodel.MetaData") and kw(call, "bind") is not None:
            mod.add(call, "SQA005", "MetaData(bind=...) was removed in SQLAlchemy 2.0",
                    "Pass the engine/connection to create_all() and execute()")
        if q in SESSION_TYPES | SESSIONMAKERS | ASYNC_SESSION_TYPES | ASYNC_SESSIONMAKERS:
            ac = kw(call, "autocommit")
            if ac is not None and is_true(ac):
                mod.add(ac, "SQA008", "autocommit=True: autocommit mode was removed in "
                        "SQLAlchemy 2.0", "Explicit session.commit() / with session.begin():")
        if q in SESSIONMAKERS and mod.imports_sqlmodel:
            mod.add(call, "SQA015", "sessionmaker() in SQLModel code",
                    "with Session(engine) as session: ...")
        is_async_factory = q in ASYNC_SESSION_TYPES or q in ASYNC_SESSIONMAKERS or (
            q in SESSIONMAKERS and kw(call, "class_") is not None
            and mod.resolve(kw(call, "class_")) in ASYNC_SESSION_TYPES)
        if is_async_factory:
            eoc = kw(call, "expire_on_commit")
            if not (isinstance(eoc, ast.Constant) and eoc.value is False) and not any(
                    k.arg is None for k in call.keywords):
                mod.add(call, "ASY002",
                        f"{qualname_of(call.func)}(...) without expire_on_commit=False: attribute "
                        "access after commit is implicit IO (MissingGreenlet)",
                        "expire_on_commit=False")
        if q in ("sqlalchemy.ext.asyncio.AsyncEngine", "sqlmodel.ext.asyncio.session.AsyncEngine") \
                and call.args and isinstance(call.args[0], ast.Call) and \
                mod.resolve(call.args[0].func) in CREATE_ENGINE:
            mod.add(call, "ASY005", "AsyncEngine(create_engine(...)) is a pre-2.0 pattern",
                    "create_async_engine(url)")
            self.check_async_url(call.args[0])
        if q in CREATE_ASYNC_ENGINE:
            self.check_async_url(call)
        if q in TEXT_FUNCS and call.args:
            self.check_sql_arg(call.args[0], sc, "text()")
        if q.endswith(".metadata.create_all") or (isinstance(func, ast.Attribute) and
                                                 func.attr == "create_all" and
                                                 isinstance(func.value, ast.Attribute) and
                                                 func.value.attr == "metadata"):
            self.check_create_all(call)
            bind = call.args[0] if call.args else kw(call, "bind")
            if bind is not None and sc.kind(bind) == "async_engine":
                mod.add(call, "ASY007",
                        "metadata.create_all() on an async engine: it needs a sync connection",
                        "async with engine.begin() as conn: await "
                        "conn.run_sync(SQLModel.metadata.create_all)")
        if isinstance(func, ast.Name) and mod.is_table_class(func):
            for k in call.keywords:
                if k.arg is None:
                    mod.add(call, "API003",
                            f"{func.id}(**...) builds a table model without validation",
                            f"{func.id}.model_validate(...)")
                    break
        if q in ("sqlalchemy.orm.declarative_base", "sqlalchemy.ext.declarative.declarative_base") \
                and mod.imports_sqlmodel and q.startswith("sqlalchemy.orm"):
            mod.add(call, "SQA009", "declarative_base() in SQLModel code", "Subclass SQLModel")
        self.check_alembic_call(call, q)

    def check_sqlite_engine(self, call):
        mod = self.mod
        if not call.args:
            return
        url = call.args[0]
        text = None
        if is_const_str(url):
            text = url.value
        elif isinstance(url, ast.Name) and url.id in mod.str_consts:
            text = mod.str_consts[url.id]
        elif isinstance(url, ast.JoinedStr) and url.values and is_const_str(url.values[0]):
            text = url.values[0].value
        if text is None or not text.startswith("sqlite"):
            return
        fastapi = mod.imports_fastapi or self.fastapi_nearby()
        if not fastapi:
            return
        ca = kw(call, "connect_args")
        ok = False
        if isinstance(ca, ast.Dict):
            for k in ca.keys:
                if is_const_str(k) and k.value == "check_same_thread":
                    ok = True
        elif ca is not None:
            ok = True  # built elsewhere: not decidable
        if not ok:
            mod.add(call, "API011",
                    "SQLite engine in a FastAPI application without "
                    "connect_args={\"check_same_thread\": False}",
                    "connect_args={\"check_same_thread\": False}")
        memory = text in ("sqlite://", "sqlite:///:memory:") or text.endswith(":memory:")
        if memory and kw(call, "poolclass") is None:
            mod.add(call, "API011",
                    "in-memory SQLite engine without poolclass=StaticPool: every connection gets "
                    "a fresh empty database",
                    "poolclass=StaticPool")

    def fastapi_nearby(self):
        """A module importing FastAPI in this file's folder (or its package's folder)."""
        here = os.path.dirname(os.path.abspath(self.mod.path))
        root = here
        if os.path.isfile(os.path.join(here, "__init__.py")):
            root = os.path.dirname(here)
        prefix = root.rstrip(os.sep) + os.sep
        return any(m.imports_fastapi and os.path.abspath(m.path).startswith(prefix)
                   for m in self.mod.project.modules.values())

    def check_async_url(self, call):
        mod = self.mod
        if not call.args:
            return
        url = call.args[0]
        text = url.value if is_const_str(url) else mod.str_consts.get(
            url.id) if isinstance(url, ast.Name) else None
        if isinstance(url, ast.JoinedStr) and url.values and is_const_str(url.values[0]):
            text = url.values[0].value
        if not text or "://" not in text:
            return
        scheme = text.split("://", 1)[0]
        dialect, _, driver = scheme.partition("+")
        if dialect not in ("sqlite", "postgresql", "postgres", "mysql", "mariadb", "oracle",
                           "mssql"):
            return
        if not driver or driver in SYNC_DRIVERS:
            mod.add(url, "ASY006",
                    f"async engine with the sync URL scheme '{scheme}': \"The asyncio extension "
                    "requires an async driver to be used.\"",
                    "sqlite+aiosqlite://, postgresql+asyncpg:// or postgresql+psycopg://")

    def check_sql_arg(self, arg, sc, where):
        mod = self.mod
        node = arg
        if isinstance(arg, ast.Name) and arg.id in sc.strings:
            node = sc.strings[arg.id]
        if is_formatted_string(node) and not is_ddl(node):
            mod.add(arg, "SQA007",
                    f"SQL built by string formatting passed to {where}: SQL injection, no "
                    "parameter binding",
                    "text(\"... WHERE id = :id\").bindparams(id=value), or select().where()")
            return True
        return False

    def check_json_mutation(self, target, node, what):
        """SQM030: obj.data["k"] = v / obj.tags.append(x) on a plain JSON column."""
        mod = self.mod
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
            return
        cls = self.scope(node).model_of(target.value)
        if cls and target.attr in mod.project.json_fields.get(cls, ()):
            mod.add(node, "SQM030",
                    f"in-place {what} on the JSON column {cls}.{target.attr}: the change is not "
                    "tracked, so it is not saved",
                    f"Assign a new value ({target.value.id}.{target.attr} = {{**old, ...}}), or "
                    "sa_type=MutableDict.as_mutable(JSON) / MutableList")

    def check_method_call(self, call, func, sc):
        mod = self.mod
        attr = func.attr
        if attr in ("append", "extend", "insert", "remove", "pop", "clear", "update",
                    "setdefault", "add", "discard", "sort", "reverse", "popitem") and \
                isinstance(mod.parents.get(call), ast.Expr):
            self.check_json_mutation(func.value, call, f".{attr}()")
        recv = func.value
        recv_kind = sc.kind(recv)
        recv_model = sc.model_of(recv)
        recv_class = mod.local_class_name(recv) if isinstance(recv, (ast.Name, ast.Attribute)) \
            else None
        is_session = recv_kind in ("session", "sqlmodel_session", "async_session")
        pyd_file = mod.imports_pydantic or mod.imports_sqlmodel
        # pydantic v1 methods
        if attr == "dict" and recv_model and not call.args:
            mod.add(func, "PYD004", f"{qualname_of(recv) or 'obj'}.dict() is deprecated "
                    "(SQLModel 0.0.14, pydantic v2)", ".model_dump()",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr == "json" and recv_model and not call.args:
            mod.add(func, "PYD005", f"{qualname_of(recv) or 'obj'}.json() is deprecated in "
                    "pydantic v2", ".model_dump_json()",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr == "from_orm" and (recv_class or (
                pyd_file and isinstance(recv, ast.Name) and recv.id[:1].isupper())):
            mod.add(func, "PYD006", f"{qualname_of(recv)}.from_orm() is deprecated",
                    f"{qualname_of(recv)}.model_validate(...)",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr in ("parse_obj", "parse_raw", "parse_file") and (recv_class or (
                pyd_file and isinstance(recv, ast.Name) and recv.id[:1].isupper())) or (
                attr == "validate" and recv_class):
            new = "model_validate_json" if attr == "parse_raw" else "model_validate"
            mod.add(func, "PYD007", f"{qualname_of(recv)}.{attr}() is deprecated in pydantic v2",
                    f"{qualname_of(recv)}.{new}(...)",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if (attr == "copy" and recv_model) or (attr == "construct" and recv_class):
            mod.add(func, "PYD008", f".{attr}() is deprecated in pydantic v2",
                    ".model_copy()" if attr == "copy" else ".model_construct()",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr in ("schema", "schema_json") and (recv_class or recv_model):
            mod.add(func, "PYD009", f".{attr}() is deprecated in pydantic v2",
                    ".model_json_schema()",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr == "update_forward_refs" and (recv_class or (
                pyd_file and isinstance(recv, ast.Name) and recv.id[:1].isupper())):
            mod.add(func, "PYD012", f"{qualname_of(recv)}.update_forward_refs() was renamed",
                    f"{qualname_of(recv)}.model_rebuild()",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        # API004: dump of an update model without exclude_unset
        if attr in ("dict", "model_dump") and recv_model:
            route_patch = False
            f = mod.enclosing_function(call)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)):
                r = self.route_decorator(f)
                route_patch = r is not None and r.func.attr == "patch" and isinstance(
                    recv, ast.Name) and any(a.arg == recv.id for a in f.args.args)
            if (recv_model.endswith("Update") or recv_model.endswith("Patch") or route_patch) \
                    and not is_true(kw(call, "exclude_unset")):
                mod.add(call, "API004",
                        f"{qualname_of(recv) or 'obj'}.{attr}() of the update model {recv_model} "
                        "without exclude_unset=True: omitted fields overwrite stored values",
                        f"{qualname_of(recv) or 'obj'}.model_dump(exclude_unset=True)")
        # sessions
        if attr == "query" and is_session:
            mod.add(func, "SQA001", f"{qualname_of(recv)}.query() is legacy (SQLModel deprecates it)",
                    f"{qualname_of(recv)}.exec(select(...))",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr == "get" and isinstance(recv, ast.Call) and isinstance(recv.func, ast.Attribute) \
                and recv.func.attr == "query" and sc.is_session(recv.func.value):
            mod.add(func, "SQA002", "Query.get() is legacy: it is Session.get() in 2.0",
                    "session.get(Model, pk)",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr == "scalars" and isinstance(recv, ast.Call) and isinstance(
                recv.func, ast.Attribute) and recv.func.attr == "execute" and \
                sc.kind(recv.func.value) in ("sqlmodel_session", "async_session") and \
                self.is_sqlmodel_session(recv.func.value, sc):
            mod.add(func, "SQA003", "session.execute(...).scalars() on a SQLModel session: "
                    "execute() is deprecated there", "session.exec(select(...))",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr == "execute" and recv_kind == "engine":
            mod.add(func, "SQA005", "Engine.execute() was removed in SQLAlchemy 2.0",
                    "with engine.connect() as conn: conn.execute(...); conn.commit()",
                    line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        if attr in ("execute", "exec", "scalar", "scalars") and call.args and (
                is_session or recv_kind in ("conn", "engine") or
                mod.resolve(recv) == "alembic.op"):
            arg = call.args[0]
            formatted = self.check_sql_arg(arg, sc, f"{attr}()")
            plain = is_const_str(arg) or formatted or (
                isinstance(arg, ast.Name) and arg.id in sc.strings)
            if plain and mod.resolve(recv) != "alembic.op":
                mod.add(arg, "SQA006",
                        f"plain string passed to {attr}(): SQLAlchemy 2.0 requires text(...)",
                        "text(\"...\") with bound parameters")
        if attr == "begin" and is_session and is_true(kw(call, "subtransactions")):
            mod.add(call, "SQA008", "begin(subtransactions=True) was removed in SQLAlchemy 2.0",
                    "session.begin_nested() or a single outer transaction")
        if attr == "execution_options" and is_true(kw(call, "autocommit")):
            mod.add(call, "SQA008", "autocommit execution option was removed in SQLAlchemy 2.0",
                    "Explicit commit()")
        # SQA012 / SQA013 inside where()/filter()
        if attr in ("where", "filter", "having") and self.is_query_chain(call, sc):
            for a in call.args:
                if isinstance(a, ast.BoolOp) or (isinstance(a, ast.UnaryOp) and isinstance(
                        a.op, ast.Not)):
                    op = "and" if isinstance(a, ast.BoolOp) and isinstance(a.op, ast.And) else (
                        "or" if isinstance(a, ast.BoolOp) else "not")
                    mod.add(a, "SQA012",
                            f"Python '{op}' on SQL expressions in {attr}(): the truth value of "
                            "a clause is evaluated in Python",
                            f"{attr}(a, b) / and_() / or_() / not_()")
                for n in ast.walk(a):
                    if isinstance(n, ast.Compare) and any(isinstance(o, (ast.Eq, ast.NotEq))
                                                          for o in n.ops) and any(
                            isinstance(c, ast.Constant) and c.value is None
                            for c in n.comparators):
                        mod.add(n, "SQA013", "comparison with None in a SQL expression",
                                "col(M.x).is_(None) / .is_not(None)")
        # API012
        if attr == "offset":
            outer = call
            while self.parent_is_chain(outer):
                outer = mod.parents[mod.parents[outer]]
            chain, root = call_chain(outer)
            names = [c[0] for c in chain]
            if "order_by" not in names and self.chain_root_is_query(chain, root, sc):
                mod.add(func, "API012", "offset()/limit() without order_by(): pages are not "
                        "deterministic", ".order_by(col(Model.id))",
                        line=func.end_lineno, col=func.end_col_offset - len(attr) + 1)
        # ASY003
        if attr in ASYNC_SESSION_CORO and recv_kind == "async_session" and not (
                attr == "get" and not call.args):
            parent = mod.parents.get(call)
            if not isinstance(parent, ast.Await) and isinstance(
                    parent, (ast.Expr, ast.Attribute, ast.Assign, ast.AnnAssign)):
                mod.add(call, "ASY003",
                        f"{qualname_of(recv)}.{attr}() on an AsyncSession is a coroutine that is "
                        "never awaited", f"await {qualname_of(recv)}.{attr}(...)")
        # ASY001: attribute of an object got with await session.get(M, id)
        # (handled in check_for for rows of a select)

    def is_sqlmodel_session(self, node, sc):
        return sc.kind(node) in ("sqlmodel_session",) or (
            sc.kind(node) == "async_session" and self.async_is_sqlmodel(node, sc))

    def async_is_sqlmodel(self, node, sc):
        # SQLAlchemy's AsyncSession has no exec(): execute().scalars() is right there.
        for q in self.mod.imports.values():
            if q == "sqlmodel.ext.asyncio.session.AsyncSession":
                return True
        return False

    def parent_is_chain(self, call):
        parent = self.mod.parents.get(call)
        return isinstance(parent, ast.Attribute) and isinstance(
            self.mod.parents.get(parent), ast.Call) and self.mod.parents[parent].func is parent

    def chain_root_is_query(self, chain, root, sc):
        mod = self.mod
        if isinstance(root, ast.Call) and mod.resolve(root.func) in SELECT_FUNCS:
            return True
        if chain and chain[-1][0] == "query" and isinstance(root, ast.Name) and sc.is_session(root):
            return True
        return False

    def is_query_chain(self, call, sc):
        chain, root = call_chain(call)
        if self.chain_root_is_query(chain, root, sc):
            return True
        return False

    # -- alembic -------------------------------------------------------------------------

    def check_alembic_call(self, call, q):
        mod = self.mod
        func = call.func
        is_op = q.startswith("alembic.op.")
        batch = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
            func.value.id in self.batch_ops()
        if not (is_op or batch):
            return
        name = func.attr if isinstance(func, ast.Attribute) else q.rsplit(".", 1)[-1]
        if name in ("create_foreign_key", "create_unique_constraint", "create_check_constraint",
                    "create_primary_key"):
            first = call.args[0] if call.args else kw(call, "constraint_name")
            if isinstance(first, ast.Constant) and first.value is None:
                mod.add(first, "ALB004",
                        f"{name}(None, ...): an unnamed constraint cannot be dropped reliably "
                        "later", "Give it a name, or op.f() with a naming convention")
        if name == "add_column":
            col = None
            for a in call.args:
                if isinstance(a, ast.Call) and mod.resolve(a.func) in (
                        "sqlalchemy.Column", "sqlmodel.Column"):
                    col = a
            if col is not None:
                nullable = kw(col, "nullable")
                if isinstance(nullable, ast.Constant) and nullable.value is False and \
                        kw(col, "server_default") is None and not is_true(kw(col, "primary_key")):
                    mod.add(col, "ALB006",
                            "add_column with nullable=False and no server_default fails on a "
                            "table that has rows",
                            "server_default=..., or add nullable, backfill, then "
                            "alter_column(nullable=False)")
        if name == "alter_column":
            new = kw(call, "type_")
            old = kw(call, "existing_type")
            if new is not None and old is not None and kw(call, "postgresql_using") is None \
                    and mod.project_dialect != "sqlite":
                fo, fn = type_family(mod, old), type_family(mod, new)
                if fo and fn and fo != fn and fn != "str" and {fo, fn} not in (
                        {"int", "num"}, {"date", "datetime"}):
                    mod.add(call, "ALB007",
                            f"alter_column from {fo} to {fn} without postgresql_using: "
                            "PostgreSQL cannot cast it automatically",
                            "postgresql_using=\"col::newtype\"")
        if is_op and name in ("alter_column", "drop_constraint", "create_foreign_key",
                              "create_unique_constraint") and mod.project_dialect == "sqlite":
            mod.add(call, "ALB003",
                    f"op.{name}() outside batch_alter_table in a SQLite project: SQLite has "
                    "almost no ALTER support",
                    "with op.batch_alter_table(\"table\") as batch_op: ...")

    _batch = None

    def batch_ops(self):
        if self._batch is None:
            self._batch = set()
            for node in ast.walk(self.mod.tree):
                if isinstance(node, ast.With):
                    for item in node.items:
                        ce = item.context_expr
                        if isinstance(ce, ast.Call) and isinstance(ce.func, ast.Attribute) and \
                                ce.func.attr == "batch_alter_table" and isinstance(
                                item.optional_vars, ast.Name):
                            self._batch.add(item.optional_vars.id)
        return self._batch


def type_family(mod, node):
    if isinstance(node, ast.Call):
        node = node.func
    q = mod.resolve(node) or ""
    last = q.rsplit(".", 1)[-1].lower()
    families = {
        "str": {"string", "text", "varchar", "unicode", "unicodetext", "autostring", "char"},
        "int": {"integer", "biginteger", "smallinteger", "int", "bigint"},
        "num": {"numeric", "float", "decimal", "real"},
        "bool": {"boolean"},
        "datetime": {"datetime", "timestamp"},
        "date": {"date"},
        "uuid": {"uuid", "uuidtype"},
        "json": {"json", "jsonb"},
        "enum": {"enum"},
    }
    for fam, names in families.items():
        if last in names:
            return fam
    return None


# ---------------------------------------------------------------------------------------
# Alembic files


def check_env(mod):
    """ALB002/ALB003/ALB010 for an Alembic env.py."""
    if "alembic.context" not in mod.imports.values() and not any(
            q.startswith("alembic") for q in mod.imports.values()):
        return
    target = None
    for node in mod.tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "target_metadata" for t in node.targets):
            target = node
    if target is not None and isinstance(target.value, ast.Constant) and target.value.value is None:
        mod.add(target, "ALB002", "target_metadata = None: autogenerate sees no tables and "
                "emits DROPs", "Import the models; target_metadata = SQLModel.metadata")
    elif target is not None and mod.resolve(target.value) in ("sqlmodel.SQLModel.metadata",):
        model_import = any(
            (m or n[0]).split(".")[0] not in NOT_MODEL_MODULES and not (m or "").startswith(".")
            or (m or "").startswith(".")
            for _, m, n in mod.import_lines)
        if not model_import:
            mod.add(target, "ALB002", "env.py imports no model module: SQLModel.metadata is "
                    "empty when autogenerate runs", "from app import models  # noqa: F401")
    for node in ast.walk(mod.tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "configure" and mod.resolve(node.func.value) == "alembic.context":
            ct = kw(node, "compare_type")
            if isinstance(ct, ast.Constant) and ct.value is False:
                mod.add(ct, "ALB010", "compare_type=False: type changes are missed by "
                        "autogenerate", "Remove it (True by default since Alembic 1.12)")
            if mod.project_dialect == "sqlite" and kw(node, "render_as_batch") is None and \
                    kw(node, "connection") is not None:
                mod.add(node, "ALB003", "SQLite project without render_as_batch=True",
                        "context.configure(..., render_as_batch=True)")


ENUM_TYPES = {
    "sqlalchemy.Enum", "sqlalchemy.types.Enum", "sqlalchemy.sql.sqltypes.Enum", "sqlmodel.Enum",
    "sqlalchemy.dialects.postgresql.ENUM", "sqlalchemy.dialects.postgresql.Enum",
    "sqlalchemy.dialects.postgresql.base.ENUM", "sqlalchemy.dialects.postgresql.named_types.ENUM",
}
ENUM_DDL = ("CREATE TYPE", "ALTER TYPE", "DROP TYPE")


def enum_type(mod, node, local):
    """The Enum(...) call a column type expression denotes (through module-level and local
    names), or None. Enums that are not native (native_enum=False) and ENUM(create_type=False),
    which states that the type already exists, are not lifecycle changes."""
    for _ in range(4):
        if isinstance(node, ast.Name) and node.id not in mod.imports:
            node = local.get(node.id, mod.aliases.get(node.id))
        else:
            break
    if not isinstance(node, ast.Call) or mod.resolve(node.func) not in ENUM_TYPES:
        return None
    for key in ("native_enum", "create_type"):
        v = kw(node, key)
        if isinstance(v, ast.Constant) and v.value is False:
            return None
    return node


def column_enum(mod, col, local):
    """(column name, Enum call) for sa.Column("name", <Enum>, ...), else None."""
    if not (isinstance(col, ast.Call) and mod.resolve(col.func) in (
            "sqlalchemy.Column", "sqlmodel.Column", "sqlalchemy.schema.Column")):
        return None
    if len(col.args) < 2 or not is_const_str(col.args[0]):
        return None
    t = enum_type(mod, col.args[1], local)
    return (col.args[0].value, t) if t is not None else None


def check_enum_lifecycle(mod):
    """ALB008 for an Alembic revision (module-level `revision =` and `def upgrade`).

    In upgrade() and downgrade() separately: op.add_column of a Column typed with a native
    sa.Enum / postgresql.ENUM (the ALTER TABLE does not create the type), op.alter_column(
    type_=<Enum>) (values or type changed) and op.drop_column of a column that this revision
    declares elsewhere with an Enum type (the type stays behind) need an explicit CREATE
    TYPE / ALTER TYPE ... ADD VALUE / DROP TYPE: a string with that DDL, or a
    `<enum>.create(bind)` / `<enum>.drop(bind)` call, in the function or in a module function
    it calls. op.create_table with an Enum column creates the type itself and is not
    reported. SQLite projects (no native enum) and revisions using alembic-postgresql-enum
    are skipped."""
    if mod.project_dialect == "sqlite":
        return
    if any(q.split(".")[0] == "alembic_postgresql_enum" for q in mod.imports.values()):
        return
    names = set()
    funcs = {}
    for stmt in mod.tree.body:
        if isinstance(stmt, ast.Assign):
            names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            names.add(stmt.target.id)
        elif isinstance(stmt, ast.FunctionDef):
            funcs[stmt.name] = stmt
    if "revision" not in names or "upgrade" not in funcs:
        return

    def locals_of(func):
        local = {}
        for n in ast.walk(func):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(
                    n.targets[0], ast.Name):
                local[n.targets[0].id] = n.value
        return local

    def op_calls(func):
        for n in ast.walk(func):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and (
                    mod.resolve(n.func.value) == "alembic.op" or (isinstance(
                        n.func.value, ast.Name) and n.func.value.id not in mod.imports)):
                yield n.func.attr, n

    def explicit_ddl(func, depth=0):
        for n in ast.walk(func):
            if is_const_str(n) and any(w in " ".join(n.value.upper().split()) for w in ENUM_DDL):
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                    n.func.attr in ("create", "drop") and mod.resolve(n.func.value) != "alembic.op":
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and \
                    n.func.id in funcs and funcs[n.func.id] is not func and depth < 3 and \
                    explicit_ddl(funcs[n.func.id], depth + 1):
                return True
        return False

    # (table, column) -> Enum call, from every add_column / create_table of the revision
    declared = {}
    for func in funcs.values():
        local = locals_of(func)
        for name, call in op_calls(func):
            if name == "add_column" and call.args and is_const_str(call.args[0]):
                for a in call.args[1:]:
                    got = column_enum(mod, a, local)
                    if got:
                        declared[(call.args[0].value, got[0])] = got[1]
            if name == "create_table" and call.args and is_const_str(call.args[0]):
                for a in call.args[1:]:
                    got = column_enum(mod, a, local)
                    if got:
                        declared[(call.args[0].value, got[0])] = got[1]

    def type_label(call):
        n = kw(call, "name")
        return f"'{n.value}'" if is_const_str(n) else "enum"

    for fname in ("upgrade", "downgrade"):
        func = funcs.get(fname)
        if func is None or explicit_ddl(func):
            continue
        local = locals_of(func)
        for name, call in op_calls(func):
            if name == "add_column":
                for a in call.args:
                    got = column_enum(mod, a, local)
                    if got:
                        mod.add(call, "ALB008",
                                f"add_column of {got[0]} with the PostgreSQL enum type "
                                f"{type_label(got[1])} and no CREATE TYPE: ALTER TABLE ADD "
                                "COLUMN does not create the type (autogenerate does not manage "
                                "enum types)",
                                "postgresql.ENUM(..., name=...).create(op.get_bind(), "
                                "checkfirst=True) before add_column (or op.execute(\"CREATE "
                                "TYPE ...\")), or alembic-postgresql-enum")
            elif name == "alter_column":
                t = kw(call, "type_")
                got = enum_type(mod, t, local) if t is not None else None
                if got is not None:
                    mod.add(call, "ALB008",
                            f"alter_column to the PostgreSQL enum type {type_label(got)} with no "
                            "CREATE TYPE / ALTER TYPE ... ADD VALUE: autogenerate does not "
                            "manage enum values",
                            "op.execute(\"ALTER TYPE name ADD VALUE 'x'\") (or CREATE TYPE + "
                            "postgresql_using), or alembic-postgresql-enum")
            elif name == "drop_column" and len(call.args) >= 2 and all(
                    is_const_str(a) for a in call.args[-2:]):
                key = (call.args[-2].value, call.args[-1].value)
                if key in declared:
                    mod.add(call, "ALB008",
                            f"drop_column of {key[0]}.{key[1]}, of the PostgreSQL enum type "
                            f"{type_label(declared[key])}, with no DROP TYPE: the type stays "
                            "in the database and a later CREATE TYPE fails",
                            "op.execute(\"DROP TYPE name\") (or postgresql.ENUM(name=...)"
                            ".drop(op.get_bind(), checkfirst=True)) after the drop")


def check_mako(path, text, findings):
    imports_sqlmodel = False
    anchor = 1
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not (line.startswith("import ") or line.startswith("from ")):
            continue
        try:
            tree = ast.parse(line)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.split(".")[0] == "sqlmodel":
                        imports_sqlmodel = True
                    if a.name == "sqlalchemy":
                        anchor = number
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlmodel":
                imports_sqlmodel = True
    if not imports_sqlmodel:
        findings.append({
            "path": path, "line": anchor, "column": 1, "rule": "ALB001",
            "name": RULES["ALB001"][0], "severity": RULES["ALB001"][1],
            "message": "script.py.mako does not import sqlmodel: autogenerated "
                       "sqlmodel.sql.sqltypes.AutoString() raises NameError",
            "fix": "Add `import sqlmodel.sql.sqltypes` after `import sqlalchemy as sa`",
        })


def alembic_dialect(path):
    """'sqlite', 'other' or None from the alembic.ini / env.py near a file."""
    d = os.path.dirname(os.path.abspath(path))
    for _ in range(4):
        ini = os.path.join(d, "alembic.ini")
        if os.path.isfile(ini):
            cp = configparser.ConfigParser(interpolation=None)
            try:
                cp.read(ini, encoding="utf-8")
                url = cp.get("alembic", "sqlalchemy.url", fallback="")
            except (configparser.Error, UnicodeDecodeError):
                url = ""
            if url.startswith("sqlite"):
                return "sqlite"
            if "://" in url:
                return "other"
        env = os.path.join(d, "env.py")
        if os.path.isfile(env):
            try:
                tree = ast.parse(open(env, encoding="utf-8").read())
            except (SyntaxError, OSError, UnicodeDecodeError, ValueError):
                tree = None
            if tree is not None:
                for n in ast.walk(tree):
                    if is_const_str(n) and n.value.startswith("sqlite:"):
                        return "sqlite"
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return None


# ---------------------------------------------------------------------------------------
# SQM051: table modules not imported where the metadata is used

DYNAMIC_IMPORTS = {"importlib.import_module", "importlib.__import__", "__import__",
                   "pkgutil.walk_packages", "pkgutil.iter_modules", "runpy.run_path",
                   "runpy.run_module"}
SQLMODEL_METADATA = ("sqlmodel.SQLModel.metadata", "sqlmodel.main.SQLModel.metadata")


def package_inits(path, project):
    """The analysed __init__.py files that importing `path` runs (its packages)."""
    out = []
    d = os.path.dirname(path)
    if os.path.basename(path) == "__init__.py":
        d = os.path.dirname(d)
    while True:
        init = os.path.join(d, "__init__.py")
        if init not in project.modules:
            return out
        out.append(init)
        parent = os.path.dirname(d)
        if parent == d:
            return out
        d = parent


def import_edges(mod, project):
    """Analysed files a module imports (anywhere in it), with their packages."""
    out = set()
    for _, module, names in mod.import_lines:
        dotted = []
        if module is None:
            dotted = list(names)
        else:
            dotted = [module]
            for n in names:
                if n != "*":
                    dotted.append(module + n if module.strip(".") == "" else module + "." + n)
        for d in dotted:
            for f in project.module_files(mod, d) or ():
                out.add(f)
                out.update(package_inits(f, project))
    return out


def table_index(mods, project):
    """Table classes per file, where each table class is defined, its __tablename__, and the
    (attribute, target class) references of its relationships and foreign keys."""
    tables_in = {}
    defined_at = {}
    tablename = {}
    refs = {}
    for mod in mods:
        path = os.path.abspath(mod.path)
        for cls, table in model_classes(mod):
            if not table:
                continue
            tables_in.setdefault(path, set()).add(cls.name)
            defined_at.setdefault(cls.name, set()).add(path)
            tablename[cls.name.lower()] = cls.name
            for stmt in cls.body:
                if isinstance(stmt, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "__tablename__"
                        for t in stmt.targets) and is_const_str(stmt.value):
                    tablename[stmt.value.value] = cls.name
    for mod in mods:
        for cls, table in model_classes(mod):
            if not table:
                continue
            out = refs.setdefault(cls.name, [])
            for stmt in cls.body:
                if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
                        and isinstance(stmt.value, ast.Call)):
                    continue
                q = mod.resolve(stmt.value.func)
                attr = stmt.target.id
                if q in ("sqlmodel.Relationship", "sqlmodel.main.Relationship"):
                    for n in ast.walk(stmt.annotation):
                        if is_const_str(n):
                            try:
                                sub = ast.parse(n.value, mode="eval").body
                            except SyntaxError:
                                continue
                            targets = [x.id for x in ast.walk(sub) if isinstance(x, ast.Name)]
                        elif isinstance(n, ast.Name):
                            targets = [n.id]
                        else:
                            continue
                        for t in targets:
                            if t in project.tables:
                                out.append((attr, t, "relationship"))
                    link = kw(stmt.value, "link_model")
                    if isinstance(link, ast.Name) and link.id in project.tables:
                        out.append((attr, link.id, "link model"))
                if q in ("sqlmodel.Field", "sqlmodel.main.Field"):
                    fk = kw(stmt.value, "foreign_key")
                    if is_const_str(fk) and "." in fk.value:
                        target = tablename.get(fk.value.rsplit(".", 1)[0])
                        if target:
                            out.append((attr, target, "foreign key"))
    return tables_in, defined_at, refs


def scope_root(mod):
    """The folder whose table modules belong with a module: the Alembic project of an env.py,
    else the top package of the module (or its folder outside packages)."""
    if os.path.basename(mod.path) == "env.py" and mod.alembic_root:
        return mod.alembic_root
    d = os.path.dirname(os.path.abspath(mod.path))
    while os.path.isfile(os.path.join(d, "__init__.py")):
        parent = os.path.dirname(d)
        if parent == d or not os.path.isfile(os.path.join(parent, "__init__.py")):
            break
        d = parent
    return d


def check_models_imported(mods, project):
    """SQM051 at each `SQLModel.metadata.create_all` (called or passed, e.g. to run_sync) and
    at each Alembic `target_metadata = SQLModel.metadata`.

    What is imported there is the closure of the analysed modules imported by that module
    and by every analysed module that imports it (an application that imports its models in
    main.py and then calls db.init_db() is fine), packages' __init__ included. Reported:
    1. an imported table model whose relationship, link_model or foreign key names a table
       class defined only in modules outside that closure (mapper error "expression 'X'
       failed to locate a name" / NoReferencedTableError);
    2. no table module in the closure at all while the module's package (an env.py: its
       Alembic project) defines table models (create_all creates nothing; autogenerate emits
       DROPs); in an env.py this is left to ALB002 when it imports no project module;
    3. a models package whose __init__.py is imported and imports some of its table modules
       but not a sibling one (that table is missing).
    A table class defined with the same name in an imported module does not count as
    missing, and a closure that imports dynamically (importlib, pkgutil, __import__) is not
    decided."""
    tables_in, defined_at, refs = table_index(mods, project)
    if not tables_in:
        return []
    edges = {os.path.abspath(m.path): import_edges(m, project) for m in mods}
    reverse = {}
    for src, dsts in edges.items():
        for d in dsts:
            reverse.setdefault(d, set()).add(src)

    def closure(starts, graph):
        seen = set(starts)
        stack = list(starts)
        while stack:
            for nxt in graph.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    out = []
    for mod in mods:
        anchors = []
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.Attribute) and node.attr == "create_all" and \
                    mod.resolve(node.value) in SQLMODEL_METADATA:
                anchors.append((node, "SQLModel.metadata.create_all()"))
        if any(q.startswith("alembic") for q in mod.imports.values()):
            for stmt in mod.tree.body:
                if isinstance(stmt, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "target_metadata"
                        for t in stmt.targets) and mod.resolve(stmt.value) in SQLMODEL_METADATA:
                    anchors.append((stmt, "Alembic autogenerate (target_metadata)"))
        if not anchors:
            continue
        path = os.path.abspath(mod.path)
        visible = closure(closure([path], reverse), edges)
        dynamic = False
        for f in visible:
            for n in ast.walk(project.modules[f].tree):
                if isinstance(n, ast.Call) and project.modules[f].resolve(n.func) in DYNAMIC_IMPORTS:
                    dynamic = True
        if dynamic:
            continue
        seen_tables = set()
        for f in visible:
            seen_tables |= tables_in.get(f, set())
        missing = {}  # file -> reason
        for cls in sorted(seen_tables):
            for attr, target, how in refs.get(cls, ()):
                if target not in seen_tables:
                    for f in sorted(defined_at.get(target, ())):
                        if how == "foreign key":
                            why = (f"the foreign key {cls}.{attr} refers to the table of "
                                   f"{target}: NoReferencedTableError")
                        else:
                            why = (f"{cls}.{attr} ({how}) refers to {target}: mapper "
                                   f"configuration fails (\"expression '{target}' failed to "
                                   "locate a name\")")
                        if "mapper" not in missing.get(f, ""):
                            missing[f] = why
        base = os.path.dirname(path)
        if not seen_tables:
            root = scope_root(mod).rstrip(os.sep) + os.sep
            in_scope = sorted(f for f in tables_in if f.startswith(root))
            env_alb002 = os.path.basename(mod.path) == "env.py" and not any(
                (m or n[0]).split(".")[0] not in NOT_MODEL_MODULES or (m or "").startswith(".")
                for _, m, n in mod.import_lines)
            if in_scope and not env_alb002:
                for f in in_scope:
                    missing.setdefault(f, "no table module is imported, so the metadata is "
                                          "empty (create_all creates nothing; autogenerate "
                                          "emits DROPs)")
        for f in visible:
            if os.path.basename(f) != "__init__.py":
                continue
            pkg = os.path.dirname(f)
            siblings = {t for t in tables_in if os.path.dirname(t) == pkg and t != f}
            if not siblings & edges.get(f, set()):
                continue
            for t in sorted(siblings - visible):
                if not tables_in[t] & seen_tables:
                    missing.setdefault(t, f"the models package {os.path.relpath(f, base)} "
                                          "does not import it, so its tables are missing from "
                                          "the metadata")
        if not missing:
            continue
        for node, what in anchors:
            # The mapper error first: it is what the user sees.
            files = sorted(missing, key=lambda f: (
                "mapper" not in missing[f], "NoReferenced" not in missing[f], f))
            listed = ", ".join(f"{os.path.relpath(f, base)} ({', '.join(sorted(tables_in[f]))})"
                               for f in files[:4]) + (" ..." if len(files) > 4 else "")
            mod.add(node, "SQM051",
                    f"{what} runs without importing the table module(s) {listed}: "
                    f"{missing[files[0]]}",
                    "Import a models package that imports every table module "
                    "(from app import models  # noqa: F401) before it runs")
            out.append(mod.findings.pop())
    return out


# ---------------------------------------------------------------------------------------
# ALB009: `alembic check` in CI

CI_SKIP_DIRS = {"node_modules", "venv", ".venv", "__pycache__", ".git", ".tox", ".nox",
                "site-packages", "build", "dist"}


def read_text(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return None


def runs_alembic_check(text):
    """`alembic check`, `alembic -c x.ini check`, `python -m alembic check`,
    session.run("alembic", "check"), alembic.command.check, or pytest-alembic."""
    low = text.lower()
    if "pytest-alembic" in low or "pytest_alembic" in low or "command.check(" in low:
        return True
    for line in low.splitlines():
        words = line.replace('"', " ").replace("'", " ").replace(",", " ").replace(
            "[", " ").replace("]", " ").replace("(", " ").replace(")", " ").split()
        if "alembic" in words and "check" in words[words.index("alembic") + 1:]:
            return True
    return False


def check_alembic_ci(argv, mods):
    """ALB009, conservatively: for each linted folder that holds an Alembic environment (an
    alembic.ini, or an analysed env.py calling context.configure) and CI configuration
    (.github/workflows/*.yml|yaml or .gitlab-ci.yml, also tox.ini or noxfile.py, in the
    folder itself), report once when nothing it can see runs `alembic check`: those CI
    files, tox.ini, noxfile.py, Makefile, pyproject.toml (scripts/tasks), .pre-commit-config
    .yaml, shell scripts in the folder or its scripts/ folder, and the analysed Python files
    (alembic.command.check, pytest-alembic). These non-Python files are searched as text.
    A folder without visible CI is not reported: CI may live in a parent folder."""
    out = []
    env_dirs = set()
    for mod in mods:
        if os.path.basename(mod.path) == "env.py" and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and
                n.func.attr == "configure" and mod.resolve(n.func.value) == "alembic.context"
                for n in ast.walk(mod.tree)):
            env_dirs.add(os.path.abspath(mod.path))
    py_checks = any(
        any(q.split(".")[0] == "pytest_alembic" for q in m.imports.values()) or any(
            isinstance(n, ast.Call) and m.resolve(n.func) in ("alembic.command.check",)
            for n in ast.walk(m.tree))
        for m in mods)
    if py_checks:
        return out
    for p in argv:
        if not os.path.isdir(p):
            continue
        root = os.path.abspath(p)
        has_env = any(e.startswith(root.rstrip(os.sep) + os.sep) for e in env_dirs)
        if not has_env:
            for d, dirs, names in os.walk(root):
                dirs[:] = [x for x in dirs if not x.startswith(".") and x not in CI_SKIP_DIRS]
                if "alembic.ini" in names:
                    has_env = True
                    break
        if not has_env:
            continue
        ci = []
        wf = os.path.join(root, ".github", "workflows")
        if os.path.isdir(wf):
            ci += sorted(os.path.join(wf, n) for n in os.listdir(wf)
                         if n.endswith((".yml", ".yaml")))
        for n in (".gitlab-ci.yml", "tox.ini", "noxfile.py"):
            if os.path.isfile(os.path.join(root, n)):
                ci.append(os.path.join(root, n))
        if not ci:
            continue
        others = [os.path.join(root, n) for n in (
            "Makefile", "makefile", "GNUmakefile", "pyproject.toml", ".pre-commit-config.yaml",
            "justfile", "Taskfile.yml")]
        for d in (root, os.path.join(root, "scripts")):
            if os.path.isdir(d):
                others += [os.path.join(d, n) for n in sorted(os.listdir(d))
                           if n.endswith(".sh")]
        if any(runs_alembic_check(t) for t in (read_text(f) for f in ci + others)
               if t is not None):
            continue
        out.append({
            "path": ci[0], "line": 1, "column": 1, "rule": "ALB009",
            "name": RULES["ALB009"][0], "severity": RULES["ALB009"][1],
            "message": "the project has Alembic migrations but its CI configuration never runs "
                       "`alembic check`: drift between the models and the migrations is not "
                       "caught",
            "fix": "Add a CI step `alembic upgrade head && alembic check` (Alembic 1.9+)",
        })
    return out


# ---------------------------------------------------------------------------------------
# Driver


def alembic_root(path, roots):
    """The folder of the Alembic project a file belongs to (an alembic.ini beside it or in a
    parent folder, or the parent of an analysed env.py's folder), or None."""
    d = os.path.dirname(os.path.abspath(path))
    while True:
        if d in roots or os.path.isfile(os.path.join(d, "alembic.ini")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in (
                    "__pycache__", "node_modules", "venv", ".venv"))
                for n in sorted(names):
                    if n.endswith(".py") or n == "script.py.mako":
                        files.append(os.path.join(root, n))
        else:
            files.append(p)
    return files


def internal_error(path, exc):
    return {
        "path": path, "line": 1, "column": 1, "rule": "SMS001",
        "name": RULES["SMS001"][0], "severity": "error",
        "message": f"the file could not be analysed ({type(exc).__name__}): it is too deeply "
                   "nested for the parser",
        "fix": None,
    }


def main(argv):
    if sys.version_info < (3, 8):  # noqa: UP036 (runs on the user's interpreter)
        major, minor = sys.version_info[:2]
        sys.stderr.write(f"sms_lint_code: Python 3.8 or newer is needed, this is {major}.{minor}\n")
        return 2
    if not argv:
        sys.stderr.write("usage: sms_lint_code.py PATH...\n")
        return 2
    findings = []
    project = Project()
    mods = []
    for path in collect(argv):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            sys.stderr.write(f"sms_lint_code: cannot read {path}: {e.strerror}\n")
            return 2
        if path.endswith(".mako"):
            check_mako(path, data.decode("utf-8", "replace"), findings)
            continue
        try:
            tree = ast.parse(data, filename=path)
        except (RecursionError, MemoryError) as e:
            findings.append(internal_error(path, e))
            continue
        except (SyntaxError, ValueError) as e:
            line = getattr(e, "lineno", None) or 1
            col = getattr(e, "offset", None) or 1
            findings.append({
                "path": path, "line": line, "column": max(1, col), "rule": "SMS000",
                "name": RULES["SMS000"][0], "severity": "error",
                "message": f"syntax error at line {line}: {getattr(e, 'msg', str(e))}",
                "fix": None,
            })
            continue
        mod = Module(path, tree, project)
        mods.append(mod)
    project.index(mods)
    collect_project(mods, project)
    project.any_fastapi = any(m.imports_fastapi for m in mods)
    roots = set()
    for mod in mods:
        if os.path.basename(mod.path) == "env.py" and any(
                q.startswith("alembic") for q in mod.imports.values()):
            roots.add(os.path.dirname(os.path.dirname(os.path.abspath(mod.path))))
    for mod in mods:
        mod.alembic_root = alembic_root(mod.path, roots)
        mod.project_dialect = alembic_dialect(mod.path) if any(
            q.startswith("alembic") for q in mod.imports.values()) else None
        try:
            Checker(mod).run()
            if os.path.basename(mod.path) == "env.py":
                check_env(mod)
            check_enum_lifecycle(mod)
        except (RecursionError, MemoryError) as e:  # pathological nesting: say so, go on
            mod.findings = [internal_error(mod.path, e)]
        findings.extend(mod.findings)
    try:
        findings.extend(check_models_imported(mods, project))
    except (RecursionError, MemoryError):
        pass  # already reported per file
    findings.extend(check_alembic_ci(argv, mods))
    unique = {}
    for f in findings:
        unique[(f["path"], f["line"], f["column"], f["rule"], f["message"])] = f
    out = sorted(unique.values(), key=lambda f: (f["path"], f["line"], f["column"], f["rule"]))
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
