--
-- PostgreSQL database dump (a pg_dump-style fixture)
--
\restrict abc123

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
\connect shop

CREATE SCHEMA sales;
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE DOMAIN public."Name" AS character varying(50) NOT NULL;

CREATE SEQUENCE public.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE public.customer (
    id integer NOT NULL,
    name public."Name",
    born public.year,
    mood public.mood DEFAULT 'ok'::public.mood,
    tags text[],
    price numeric(5,2) DEFAULT 0.00 NOT NULL,
    created timestamp(6) without time zone DEFAULT now() NOT NULL,
    seen time with time zone,
    code character(3),
    note character varying(40),
    ratio double precision,
    small smallint,
    big bigint,
    flag boolean DEFAULT false,
    span interval,
    location public.geometry(Point,4326)
);
ALTER TABLE public.customer OWNER TO postgres;
COMMENT ON TABLE public.customer IS 'People who buy';
COMMENT ON COLUMN public.customer.name IS 'Full name';
ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;

CREATE TABLE sales."Order" (
    id bigint NOT NULL,
    customer_id integer,
    total numeric(10,2),
    CONSTRAINT order_total_check CHECK ((total >= (0)::numeric))
)
PARTITION BY RANGE (id);

CREATE TABLE sales.order_2024 (
    id bigint NOT NULL,
    customer_id integer,
    total numeric(10,2)
);

ALTER TABLE ONLY sales."Order" ATTACH PARTITION sales.order_2024 FOR VALUES FROM (0) TO (1000);
ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT nextval('public.customer_id_seq'::regclass);

COPY public.customer (id, name) FROM stdin;
1	Alice \ with backslash
\N	Bob
\.

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
ALTER TABLE ONLY sales."Order"
    ADD CONSTRAINT "Order_pkey" PRIMARY KEY (id);
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_note_key UNIQUE (note);
CREATE INDEX idx_created ON public.customer USING btree (created) WHERE (flag IS NOT TRUE);
CREATE UNIQUE INDEX idx_code ON public.customer USING btree (code, small);
CREATE INDEX idx_lower ON public.customer USING btree (lower((note)::text));
CREATE INDEX idx_tags ON public.customer USING gin (tags);
CREATE INDEX order_cust ON ONLY sales."Order" USING btree (customer_id);
CREATE INDEX order_2024_cust ON sales.order_2024 USING btree (customer_id);
ALTER INDEX sales.order_cust ATTACH PARTITION sales.order_2024_cust;
ALTER TABLE ONLY sales."Order"
    ADD CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID;
CREATE VIEW public.v AS SELECT 1 AS one;
CREATE MATERIALIZED VIEW sales.mv AS SELECT 1 AS one WITH NO DATA;
CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RETURN NEW;
END $$;
CREATE PROCEDURE public.p() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TRIGGER t BEFORE UPDATE ON public.customer FOR EACH ROW EXECUTE FUNCTION public.f();
CREATE RULE r AS ON DELETE TO public.customer DO INSTEAD NOTHING;
CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;
CREATE POLICY pol ON public.customer USING (true);
CREATE COLLATION public.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
GRANT ALL ON TABLE public.customer TO PUBLIC;
DO $$ BEGIN PERFORM 1; END $$;
DO $$ BEGIN PERFORM 2; END $$;
\unrestrict abc123
