-- Receipts for packages imported from media (介质交换) whose sender no route names used to be written to
-- the outbox for the pseudo-platform 'offline', where nothing could ever send them. They are no longer
-- written (the inbox entry keeps the last receipt, exported as a file by the clerk); those already
-- waiting go.
DELETE FROM exchange_outbox WHERE platform_code = 'offline';
