/**
 * Who is calling (ADR 0003): bearer JWTs from the chain's identity provider, validated as an OAuth2 resource
 * server on the paths a service protects with {@link nl.veiligthuis.keten.platform.beveiliging.BeveiligdePaden};
 * every other path stays open, as before.
 */
package nl.veiligthuis.keten.platform.beveiliging;
