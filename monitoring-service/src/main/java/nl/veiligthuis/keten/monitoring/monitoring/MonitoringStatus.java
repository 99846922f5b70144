package nl.veiligthuis.keten.monitoring.monitoring;

public enum MonitoringStatus { LOPEND, AFGEROND, VERLOPEN }
