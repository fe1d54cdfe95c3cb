package eu.eurocurate.filters.pii;

import org.junit.jupiter.api.Test;

import java.util.List;

import static eu.eurocurate.filters.pii.PiiTestSupport.found;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IpAddressDetectorTest {

    private final IpAddressDetector detector = new IpAddressDetector();

    @Test
    void masksPublicIpv4AndKeepsPrivateAndDocumentationRanges() {
        assertEquals(List.of("81.169.145.5", "65.95.82.91"),
                found(detector, "Server 81.169.145.5, remote 65.95.82.91; LAN 192.168.1.1, 10.0.0.1, 172.16.4.2, "
                        + "loopback 127.0.0.1, docs 192.0.2.10 198.51.100.7 203.0.113.9, CGNAT 100.64.0.1, "
                        + "multicast 224.0.0.1", "ZZ"));
    }

    @Test
    void rejectsVersionStringsAndOutOfRangeOctets() {
        assertEquals(List.of(), found(detector, "version 1.2.3.4.5, 256.1.1.1, 3.14.159.265, 01.02.03.04", "ZZ"));
    }

    @Test
    void singleDigitOctetsAreSectionNumbers() {
        // From the Lingua test sentences (tur): "3.2.2.5- Emekli olduktan sonra ..."
        assertEquals(List.of(), found(detector, "3.2.2.5- Emekli olduktan sonra; DNS 8.8.8.8", "TR"));
    }

    @Test
    void masksGlobalIpv6AndKeepsDocumentationAndLinkLocal() {
        assertEquals(List.of("2a00:1450:4001:81b::200e"),
                found(detector, "AAAA 2a00:1450:4001:81b::200e; doc 2001:db8::1; link fe80::1; loop ::1; "
                        + "time 12:30:45", "ZZ"));
    }

    @Test
    void parsesIpv6TextForms() {
        assertArrayEquals(new int[] {0x2001, 0xdb8, 0, 0, 0, 0, 0, 1}, IpAddressDetector.parseIpv6("2001:db8::1"));
        assertNull(IpAddressDetector.parseIpv6("1::2::3"));
        assertNull(IpAddressDetector.parseIpv6("12:30:45"));
        assertNull(IpAddressDetector.parseIpv6("12345::1"));
    }
}
