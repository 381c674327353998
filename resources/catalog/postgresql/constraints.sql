-- The primary keys, foreign keys, unique, check and exclusion constraints of the tables in the
-- schemas of $1 (text[]). The copies PostgreSQL makes on partitions (conparentid) are left out.
-- Columns: schema, table, name, type, columns (json), ref_schema, ref_table, ref_columns (json),
--          on_update, on_delete, check_expression, definition.
SELECT n.nspname,
       c.relname,
       k.conname,
       k.contype,
       (SELECT pg_catalog.json_agg(a.attname ORDER BY u.ord)
        FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
        JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum),
       rn.nspname,
       r.relname,
       (SELECT pg_catalog.json_agg(a.attname ORDER BY u.ord)
        FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
        JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum),
       k.confupdtype,
       k.confdeltype,
       CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_expr(k.conbin, k.conrelid) END,
       -- Only exclusion constraints need their definition (for the report); deparsing every
       -- foreign key was most of this query's time.
       CASE WHEN k.contype = 'x' THEN pg_catalog.pg_get_constraintdef(k.oid) END
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class r ON r.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
WHERE k.contype IN ('p', 'f', 'u', 'c', 'x')
  AND k.conparentid = 0
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY ($1::text[])
ORDER BY n.nspname, c.relname, k.conname;
