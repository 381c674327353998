CREATE TABLE a (id int);
\connect other
COPY a (id) FROM stdin;
1
2
\.
CREATE TABLE b (id int,);
