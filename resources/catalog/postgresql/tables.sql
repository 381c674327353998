-- The tables (plain and partitioned) of the schemas in $1 (text[]), with what decides whether
-- they are kept: a partition names its parent, an inheritance child its parents, an extension's
-- table its extension.
-- Columns: schema, name, relkind, comment, partition_of, partition_bound, partition_key,
--          inherits, extension.
SELECT n.nspname,
       c.relname,
       c.relkind,
       pg_catalog.obj_description(c.oid, 'pg_class'),
       (SELECT CASE WHEN pn.nspname = 'public' THEN p.relname
                    ELSE pn.nspname || '.' || p.relname END
        FROM pg_catalog.pg_inherits i
        JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
        JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
        WHERE c.relispartition AND i.inhrelid = c.oid),
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,
       (SELECT pg_catalog.string_agg(CASE WHEN pn.nspname = 'public' THEN p.relname
                                          ELSE pn.nspname || '.' || p.relname END, ', '
                                     ORDER BY i.inhseqno)
        FROM pg_catalog.pg_inherits i
        JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
        JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
        WHERE NOT c.relispartition AND i.inhrelid = c.oid AND p.relkind <> 'p'),
       (SELECT e.extname
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
          AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
          AND d.deptype = 'e'
        LIMIT 1)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY ($1::text[])
ORDER BY n.nspname, c.relname;
