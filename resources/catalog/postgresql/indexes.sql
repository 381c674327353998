-- The indexes of the tables in the schemas of $1 (text[]) that no constraint owns (primary keys,
-- unique and exclusion constraints come with constraints.sql).
-- Columns: schema, table, name, unique, method, columns (json; null for an expression),
--          include_count, where, definition, nondefault_opclass, nondefault_collation, descending.
SELECT n.nspname,
       c.relname,
       ic.relname,
       i.indisunique,
       am.amname,
       (SELECT pg_catalog.json_agg(a.attname ORDER BY u.ord)
        FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY u(attnum, ord)
        LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum
        WHERE u.ord <= i.indnkeyatts),
       i.indnatts - i.indnkeyatts,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid),
       pg_catalog.pg_get_indexdef(i.indexrelid),
       EXISTS (SELECT 1
               FROM pg_catalog.unnest(i.indclass::pg_catalog.oid[]) u(opc)
               JOIN pg_catalog.pg_opclass o ON o.oid = u.opc
               WHERE NOT o.opcdefault),
       EXISTS (SELECT 1
               FROM ROWS FROM (pg_catalog.unnest(i.indcollation::pg_catalog.oid[]),
                              pg_catalog.unnest(i.indkey::pg_catalog.int2[])) u(coll, attnum)
               JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum
               WHERE u.coll <> 0 AND u.coll <> a.attcollation),
       EXISTS (SELECT 1
               FROM pg_catalog.unnest(i.indoption::pg_catalog.int2[]) u(opt)
               WHERE (u.opt & 1) <> 0)
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY ($1::text[])
  AND NOT i.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                  WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid
                    AND k.contype IN ('p', 'u', 'x'))
ORDER BY n.nspname, c.relname, ic.relname;
