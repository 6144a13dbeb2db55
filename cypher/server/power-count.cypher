// How many powers the store holds, from the count store (no node is read): the size a service's
// node options are chosen by when it starts (src/server/node-profile.ts).
MATCH (p:Power)
RETURN count(p) AS powers
