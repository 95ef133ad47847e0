"""Damage no checksum covers: values of the wrong kind, texts that are not UTF-8, a schema
that no longer compiles. Part of ``full_check``; read-only, any connection.

Why: single-bit flips in a desk (``python -m bench adversarial``) that ``integrity_check``,
the checksums and the derived checks all passed included
- a flip in a record's header, which turns a text into a blob or an integer into a real:
  every value of a column of the desk has its declared type (or is NULL), so such a value is
  damage, whatever the table;
- a flip inside a text that leaves bytes that are not UTF-8: reading that row stopped the app
  and the CLI ("Could not decode to UTF-8 column ..."), in whichever table it was;
- a flip in the schema's own text: a column renamed (``created_at`` read ``creaued_at``), a
  trigger's body naming a function or table that does not exist. The desk opened, and the
  first write through that table failed. Each table's columns are compared with the desk's
  schema version's (built from the migrations, ``deskfile.expected_tables``), and each
  table's triggers are compiled (``EXPLAIN`` of an insert, an update of every column and a
  delete: compiled, never run).
Each problem names the table and the row (its rowid, or its key in a table without one).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from factdesk.store.deskfile import expected_tables

Problem = str

_ALLOWED = {
    "INTEGER": ("integer", "null"),
    "REAL": ("real", "integer", "null"),
    "TEXT": ("text", "null"),
    "BLOB": ("blob", "null"),
}
"""The value types a column of each declared type holds (what SQLite's affinity leaves)."""


CHUNK_ROWS = 500
"""Rows whose texts are joined and decoded at once (a damaged chunk is then read row by row)."""


def check_cells(conn: sqlite3.Connection) -> tuple[list[Problem], int]:
    """(problems, tables checked): every value's type and encoding, the schema's shape."""
    problems: list[Problem] = []
    tables = _ordinary_tables(conn)
    columns = {
        table: conn.execute("SELECT name, type, pk FROM pragma_table_info(?)", [table]).fetchall()
        for table, _ in tables
    }
    factory = conn.text_factory
    conn.text_factory = bytes  # texts as stored: decoded here, in bulk
    try:
        for table, without_rowid in tables:
            problems += _table_cells(conn, table, columns[table], without_rowid)
    finally:
        conn.text_factory = factory
    problems += _schema_problems(conn, columns)
    return problems, len(tables)


def _ordinary_tables(conn: sqlite3.Connection) -> list[tuple[str, bool]]:
    """(name, WITHOUT ROWID?) of every table but SQLite's own and virtual tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [
        (name, "WITHOUTROWID" in sql.upper().replace(" ", ""))
        for name, sql in rows
        if isinstance(sql, str) and not sql.upper().startswith("CREATE VIRTUAL")
    ]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_cells(
    conn: sqlite3.Connection, table: str, columns: list[tuple[str, str, int]], without_rowid: bool
) -> list[Problem]:
    """Rows of ``table`` holding a value of the wrong type or a text that is not UTF-8.

    Both are found in bulk: the types by one SQL query, the texts by decoding the texts of
    ``CHUNK_ROWS`` rows joined in SQLite; only a chunk that fails is read row by row."""
    if without_rowid:
        keys = [_quoted(name) for name, _, pk in sorted(columns, key=lambda c: c[2]) if pk]
    else:
        keys = ["rowid"]
    wrong = [
        f"typeof({_quoted(name)}) NOT IN ({', '.join(repr(t) for t in _ALLOWED[kind.upper()])})"
        for name, kind, _ in columns
        if kind.upper() in _ALLOWED
    ]
    name = _quoted(table)
    found: list[tuple[object, str]] = []
    if wrong:
        query = f"SELECT {', '.join(keys)} FROM {name} WHERE {' OR '.join(wrong)}"
        found += [(_key(row), "a value of the wrong type") for row in conn.execute(query)]
    texts = [
        f"CASE typeof({_quoted(c)}) WHEN 'text' THEN {_quoted(c)} ELSE '' END"
        for c, kind, _ in columns
        if kind.upper() == "TEXT"
    ]
    if texts:
        joined = " || ".join(texts)
        found += [
            (key, "a text that is not UTF-8")
            for key in _undecodable(conn, name, keys, joined, without_rowid)
        ]
    problems = [f"{table}: row {_shown(key)} holds {what} (damaged)" for key, what in found[:3]]
    if len(found) > 3:  # a few rows name the damage; the count says how much
        problems.append(f"{table}: {len(found) - 3} more rows damaged the same way")
    return problems


def _decodes(data: object) -> bool:
    if not isinstance(data, bytes):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _undecodable(
    conn: sqlite3.Connection, name: str, keys: list[str], joined: str, without_rowid: bool
) -> Iterator[object]:
    """Keys of the rows whose joined texts (the SQL ``joined``) are not UTF-8."""
    rows = f"SELECT {', '.join(keys)}, {joined} AS texts FROM {name}"
    if without_rowid:  # keyed by their columns: joined whole (these tables have short rows)
        whole = conn.execute(f"SELECT group_concat(texts, '') FROM ({rows})").fetchone()[0]
        if not _decodes(whole):
            yield from (_key(row[:-1]) for row in conn.execute(rows) if not _decodes(row[-1]))
        return
    after = -(2**63)
    while True:
        chunk = f"{rows} WHERE rowid > ? ORDER BY rowid LIMIT {CHUNK_ROWS}"
        last, texts = conn.execute(
            f"SELECT max(rowid), group_concat(texts, '') FROM ({chunk})", [after]
        ).fetchone()
        if last is None:
            return
        if not _decodes(texts):
            yield from (row[0] for row in conn.execute(chunk, [after]) if not _decodes(row[-1]))
        after = last


def _key(row: tuple) -> object:
    """A row's key as read (texts as bytes): one value, or a tuple of a compound key."""
    values = tuple(v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in row)
    return values[0] if len(values) == 1 else values


def _shown(key: object) -> str:
    if isinstance(key, tuple):
        return "(" + ", ".join(str(part) for part in key) + ")"
    return str(key)


def _schema_problems(
    conn: sqlite3.Connection, columns: dict[str, list[tuple[str, str, int]]]
) -> list[Problem]:
    """Each table's columns (as ``check_cells`` read them: name, type, pk) against its
    schema version's, and its triggers compiled."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    expected = expected_tables(version)
    query = "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'"
    triggered = {row[0] for row in conn.execute(query)}
    problems = []
    for table, info in columns.items():
        have = tuple(name for name, _, _ in info)
        want = expected.get(table)
        if want is not None and have != want:
            odd = ", ".join(name for name in have if name not in want) or "fewer columns"
            problems.append(f"schema: table {table}'s columns are not a desk's ({odd}) (damaged)")
        if table in triggered:
            problems += _trigger_problems(conn, table, have)
    return problems


def _trigger_problems(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...]
) -> list[Problem]:
    """Compile (never run) the statements that fire ``table``'s triggers (it has some)."""
    if not columns:
        return []
    name = _quoted(table)
    sets = ", ".join(f"{_quoted(c)} = {_quoted(c)}" for c in columns)
    problems = []
    for statement in (
        f"INSERT INTO {name} DEFAULT VALUES",
        f"UPDATE {name} SET {sets}",
        f"DELETE FROM {name}",
    ):
        try:
            conn.execute(f"EXPLAIN {statement}").fetchall()
        except sqlite3.DatabaseError as error:
            if "no such module" in str(error):
                continue  # an index this SQLite cannot write (``search_index.settle``)
            problems.append(f"schema: a trigger on table {table} is damaged ({error})")
            break
    return problems
