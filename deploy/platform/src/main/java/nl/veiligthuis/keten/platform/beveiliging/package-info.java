/**
 * Who is calling and what they may do (ADR 0003, ADR 0007, docs/security.md): bearer JWTs from the chain's identity
 * provider, validated as an OAuth2 resource server on every operation; each service's
 * {@link nl.veiligthuis.keten.platform.beveiliging.Toegangsregels} say which roles and scopes an operation admits, and
 * {@link nl.veiligthuis.keten.platform.beveiliging.OrganisatieOpzoeker}s keep a scoped caller to its own werkgebied.
 */
package nl.veiligthuis.keten.platform.beveiliging;
