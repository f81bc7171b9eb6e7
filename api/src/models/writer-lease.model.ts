import { type InferSchemaType, Schema } from 'mongoose';

/**
 * Who may write a slot's counts: `<slot>:<epoch>`. A slot changes hands by inserting the next epoch, which the
 * database's unique `_id` grants to exactly one instance (the one atomic step FerretDB 1.x offers). Only the holder
 * updates its lease: it renews `expiresAt` and records `seq`, the last count delta whose cells are all written.
 */
export const writerLeaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    slot: { type: Number, required: true, min: 0 },
    epoch: { type: Number, required: true, min: 0 },
    holder: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    seq: { type: Number, required: true, default: 0 },
    /** Set when the holder let go in order: nothing of the slot is left to repair. */
    released: { type: Boolean, default: false },
  },
  { strict: 'throw', versionKey: false, collection: 'writer_leases' },
);

export type WriterLease = InferSchemaType<typeof writerLeaseSchema>;

export function leaseId(slot: number, epoch: number): string {
  return `${slot}:${epoch}`;
}
