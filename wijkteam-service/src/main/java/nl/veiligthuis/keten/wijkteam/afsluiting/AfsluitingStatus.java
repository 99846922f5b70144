package nl.veiligthuis.keten.wijkteam.afsluiting;

public enum AfsluitingStatus { TER_BEOORDELING, TERUGGESTUURD, AFGESLOTEN }
