-- R5: the last wachtcontact per case; with the frequency (and since when) and the start of the current round's wait
-- it gives when the next one is due, and so whether the frequency is kept
ALTER TABLE wachtlijst_zaak ADD COLUMN laatste_wachtcontact_op TIMESTAMP WITH TIME ZONE;
