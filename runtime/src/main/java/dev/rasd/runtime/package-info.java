/**
 * What every Rasd service needs around its logic: typed settings from environment variables, and an operations
 * HTTP server with {@code /health} and {@code /metrics} (Prometheus).
 */
package dev.rasd.runtime;
