-- Everything in the schemas of $1 (text[]) that the model does not hold and the report names:
-- views, materialized views, free-standing sequences, functions and procedures, triggers,
-- rules, policies, collations, composite/range/base types, and the database's extensions.
-- Objects an extension owns are left out (the extension itself is reported).
-- Columns: kind, schema, name, table (for triggers, rules, policies), extra.
WITH member AS (
    SELECT d.classid, d.objid
    FROM pg_catalog.pg_depend d
    WHERE d.deptype = 'e'
)
SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materializedView'
                      ELSE 'sequence' END,
       n.nspname, c.relname, NULL::text, NULL::text
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm', 'S')
  AND n.nspname = ANY ($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m
                  WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND m.objid = c.oid)
  -- a sequence a column owns (SERIAL, IDENTITY) comes with its column
  AND NOT (c.relkind = 'S'
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                       WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                         AND d.objid = c.oid
                         AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                         AND d.deptype IN ('a', 'i')))
UNION ALL
SELECT DISTINCT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
       n.nspname, p.proname, NULL, NULL
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY ($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m
                  WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND m.objid = p.oid)
UNION ALL
SELECT 'trigger', n.nspname, t.tgname, c.relname, t.tgfoid::pg_catalog.regproc::text
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND t.tgparentid = 0
  AND n.nspname = ANY ($1::text[])
UNION ALL
SELECT 'rule', n.nspname, r.rulename, c.relname, NULL
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND n.nspname = ANY ($1::text[])
UNION ALL
SELECT 'policy', n.nspname, p.polname, c.relname, NULL
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ($1::text[])
UNION ALL
SELECT 'collation', n.nspname, co.collname, NULL, NULL
FROM pg_catalog.pg_collation co
JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
WHERE n.nspname = ANY ($1::text[])
  AND NOT EXISTS (SELECT 1 FROM member m
                  WHERE m.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND m.objid = co.oid)
UNION ALL
SELECT 'type', n.nspname, t.typname, NULL,
       CASE t.typtype WHEN 'c' THEN 'composite' WHEN 'r' THEN 'range' ELSE 'base' END
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
WHERE n.nspname = ANY ($1::text[])
  AND (t.typtype = 'r' OR (t.typtype = 'c' AND c.relkind = 'c')
       OR (t.typtype = 'b' AND t.typcategory <> 'A'))
  AND NOT EXISTS (SELECT 1 FROM member m
                  WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND m.objid = t.oid)
UNION ALL
SELECT 'extension', n.nspname, e.extname, NULL, e.extversion
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY 1, 2, 4, 3;
