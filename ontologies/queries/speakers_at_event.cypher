// Who spoke at each event: a speech (致辞), a keynote (主旨报告) or a talk (演讲).
// For one event, add  AND e.name = '第七届数字经济论坛'  to the WHERE line.
MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)
WHERE r.role IN ['致辞', '主旨报告', '演讲']
RETURN e.name AS event, toString(e.start_date) AS start_date, p.name AS person, r.role AS role
ORDER BY event, role, person
