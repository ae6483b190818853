// People linked to two different events (each pair once), with their roles at each.
MATCH (e1:Event)<-[r1:PARTICIPATED_IN]-(p:Person)-[r2:PARTICIPATED_IN]->(e2:Event)
WHERE e1.id < e2.id
RETURN p.name AS person, e1.name AS event1, collect(DISTINCT r1.role) AS roles1,
       e2.name AS event2, collect(DISTINCT r2.role) AS roles2
ORDER BY person, event1, event2
