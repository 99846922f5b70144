package nl.veiligthuis.keten.platform.leesmodel;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Bytes for COPY's binary format, big-endian, in one growing array. Not a DataOutputStream over a
 * ByteArrayOutputStream: that takes a lock for every byte of every number.
 */
final class CopyBuffer {

    private byte[] bytes;
    private int lengte;

    CopyBuffer(int capaciteit) {
        bytes = new byte[Math.max(64, capaciteit)];
    }

    private void ruimte(int meer) {
        if (lengte + meer > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, lengte + meer));
        }
    }

    void put(byte[] waarde) {
        ruimte(waarde.length);
        System.arraycopy(waarde, 0, bytes, lengte, waarde.length);
        lengte += waarde.length;
    }

    void putByte(int waarde) {
        ruimte(1);
        bytes[lengte++] = (byte) waarde;
    }

    void putShort(int waarde) {
        ruimte(2);
        bytes[lengte++] = (byte) (waarde >>> 8);
        bytes[lengte++] = (byte) waarde;
    }

    void putInt(int waarde) {
        ruimte(4);
        bytes[lengte++] = (byte) (waarde >>> 24);
        bytes[lengte++] = (byte) (waarde >>> 16);
        bytes[lengte++] = (byte) (waarde >>> 8);
        bytes[lengte++] = (byte) waarde;
    }

    void putLong(long waarde) {
        putInt((int) (waarde >>> 32));
        putInt((int) waarde);
    }

    ByteArrayInputStream alsInvoer() {
        return new ByteArrayInputStream(bytes, 0, lengte);
    }
}
