"""The SQLite desk file: schema, migrations, safe opening, backups and row conversion."""
