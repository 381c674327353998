-- The columns of every table in the schemas of $1 (text[]), in table and column order.
-- A domain is resolved to its base type (through nested domains): its NOT NULL, default and
-- CHECK constraints come along so that the reader can put them on the column and the table.
-- Columns: schema, table, name, quoted_name, type, not_null, default, identity, generated,
--          comment, domain, domain_not_null, domain_default, domain_checks (json [[name, expr]]),
--          enum_schema, enum_name, extension, collation, serial.
WITH RECURSIVE dom AS (
    SELECT t.oid AS domain, t.typbasetype AS base, t.typtypmod AS typmod,
           t.typnotnull AS notnull, ARRAY[t.oid] AS chain
    FROM pg_catalog.pg_type t
    WHERE t.typtype = 'd'
    UNION ALL
    SELECT d.domain, b.typbasetype, b.typtypmod, d.notnull OR b.typnotnull, d.chain || b.oid
    FROM dom d
    JOIN pg_catalog.pg_type b ON b.oid = d.base
    WHERE b.typtype = 'd'
),
resolved AS (
    SELECT d.*
    FROM dom d
    JOIN pg_catalog.pg_type b ON b.oid = d.base
    WHERE b.typtype <> 'd'
),
-- Types that belong to an extension (cube, citext, ...), looked up once rather than per column.
ext_type AS (
    SELECT DISTINCT ON (d.objid) d.objid AS typeoid, e.extname
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
    WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
      AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
      AND d.deptype = 'e'
),
col AS (
    SELECT n.nspname, c.relname, c.oid AS relid, a.attnum, a.attname, a.atttypid, a.atttypmod,
           a.attnotnull, a.attidentity, a.attgenerated, a.attcollation,
           r.domain, r.notnull AS domain_notnull, r.chain,
           COALESCE(r.base, a.atttypid) AS eff_type,
           CASE WHEN r.domain IS NULL THEN pg_catalog.format_type(a.atttypid, a.atttypmod)
                ELSE pg_catalog.format_type(r.base, r.typmod) END AS eff_spelling
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN resolved r ON r.domain = a.atttypid
    WHERE c.relkind IN ('r', 'p')
      AND n.nspname = ANY ($1::text[])
      AND a.attnum > 0
      AND NOT a.attisdropped
)
SELECT col.nspname,
       col.relname,
       col.attname,
       pg_catalog.quote_ident(col.attname),
       col.eff_spelling,
       col.attnotnull,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid),
       col.attidentity,
       col.attgenerated,
       pg_catalog.col_description(col.relid, col.attnum),
       CASE WHEN col.domain IS NOT NULL THEN pg_catalog.format_type(col.domain, NULL) END,
       col.domain_notnull,
       (SELECT pg_catalog.pg_get_expr(x.typdefaultbin, 0)
        FROM pg_catalog.unnest(col.chain) WITH ORDINALITY u(oid, ord)
        JOIN pg_catalog.pg_type x ON x.oid = u.oid
        WHERE x.typdefaultbin IS NOT NULL
        ORDER BY u.ord
        LIMIT 1),
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(
                   k.conname, pg_catalog.pg_get_expr(k.conbin, 0)) ORDER BY u.ord, k.conname)
        FROM pg_catalog.unnest(col.chain) WITH ORDINALITY u(oid, ord)
        JOIN pg_catalog.pg_constraint k ON k.contypid = u.oid AND k.contype = 'c'),
       CASE WHEN et.typtype = 'e' THEN etn.nspname END,
       CASE WHEN et.typtype = 'e' THEN et.typname END,
       COALESCE(x1.extname, x2.extname, x3.extname),
       CASE WHEN col.attcollation <> 0 AND col.attcollation <> at.typcollation
            THEN (SELECT pg_catalog.quote_ident(cn.nspname) || '.'
                         || pg_catalog.quote_ident(co.collname)
                  FROM pg_catalog.pg_collation co
                  JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                  WHERE co.oid = col.attcollation) END,
       -- SERIAL: a nextval() default on the sequence this very column owns (OWNED BY)
       (ad.oid IS NOT NULL
        AND pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) LIKE 'nextval(%'
        AND EXISTS (SELECT 1
                    FROM pg_catalog.pg_depend dd
                    JOIN pg_catalog.pg_depend od ON od.objid = dd.refobjid
                    WHERE dd.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
                      AND dd.objid = ad.oid
                      AND dd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND od.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND od.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND od.refobjid = col.relid
                      AND od.refobjsubid = col.attnum
                      AND od.deptype = 'a'))
FROM col
JOIN pg_catalog.pg_type at ON at.oid = col.atttypid
JOIN pg_catalog.pg_type et ON et.oid = col.eff_type
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = col.relid AND ad.adnum = col.attnum
LEFT JOIN ext_type x1 ON x1.typeoid = col.atttypid
LEFT JOIN ext_type x2 ON x2.typeoid = col.eff_type
LEFT JOIN ext_type x3 ON x3.typeoid = CASE WHEN et.typcategory = 'A' THEN et.typelem END
ORDER BY col.nspname, col.relname, col.attnum;
