-- Attendee names and investor contacts are kept as JSON arrays. Their worst case (every item at
-- its length limit, every character escaped in JSON) exceeds the 4000 characters first given, so a
-- valid request could fail on insert. TEXT holds the worst case (about 6,200 and 10,200 characters)
-- and, unlike a longer VARCHAR, stays out of InnoDB's 65,535-byte row limit.
ALTER TABLE dispatch_meeting MODIFY COLUMN attendees TEXT NOT NULL;
ALTER TABLE dispatch_meeting_aud MODIFY COLUMN attendees TEXT;
ALTER TABLE investor MODIFY COLUMN contacts TEXT;
ALTER TABLE investor_aud MODIFY COLUMN contacts TEXT;
