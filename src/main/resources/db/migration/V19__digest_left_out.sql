-- What a digest's owner was last told was left out of it (one sentence a line), so each channel
-- left out is told once, and again only after it was back in the digest.
ALTER TABLE digest_subscriptions ADD COLUMN left_out VARCHAR(4000);
