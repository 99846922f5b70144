/**
 * Read models written as rows in memory: a processing group's handlers read and change the rows of one partition
 * (e.g. one zaak) of a table, and the changes are written when the unit of work commits, a few statements per table.
 * A herbouw keeps the partitions in memory across batches, so a replay costs statements per batch, not per event.
 */
package nl.veiligthuis.keten.platform.leesmodel;
