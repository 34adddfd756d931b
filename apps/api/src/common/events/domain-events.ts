import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';

/**
 * The in-process domain events, by name, with their payloads. A module that raises its
 * own adds them to this map from its `<name>.events.ts` by declaration merging:
 *
 *     declare module '../../common/events/domain-events' {
 *       interface DomainEventMap { 'event.cancelled': EventCancelled }
 *     }
 *
 * Events are raised after the write they describe has committed, so a listener never
 * sees a change that was rolled back.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' declaration merging
export interface DomainEventMap {}

export type DomainEventName = keyof DomainEventMap;

/**
 * Raises domain events to the listeners in this process. A listener's failure is logged
 * and never reaches the writer: the write has committed and its answer stands.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');

  constructor(private readonly emitter: EventEmitter2) {}

  async emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): Promise<void> {
    try {
      await this.emitter.emitAsync(name, payload);
    } catch (error) {
      this.logger.error(`A listener of ${String(name)} failed: ${(error as Error).stack ?? error}`);
    }
  }
}

/** Marks a method as the listener of one domain event, typed by the event map. */
export const OnDomainEvent = <K extends DomainEventName>(name: K) =>
  OnEvent(name as string, { async: false, promisify: true, suppressErrors: false });
