-- PostgreSQL drops the ledger's foreign key here (see its 0003). SQLite
-- keeps it: its check is a plain index look-up that takes no row lock.
SELECT 1;
