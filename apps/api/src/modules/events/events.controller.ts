import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CreateEventRequest,
  Event,
  EventDirectoryQuery,
  EventPage,
  ParticipantPage,
  ParticipantQuery,
  RsvpRequest,
  UpdateEventRequest,
} from '@open-spaces/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { type AuthUser, CurrentUser } from '../../common/auth/current-user.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RequireVerifiedEmail } from '../../common/auth/verified.decorator';
import { Viewer } from '../../common/auth/viewer.decorator';
import { EventCalendarService } from './event-calendar.service';
import { EventRsvpsService } from './event-rsvps.service';
import { EventsService } from './events.service';

class CreateEventDto extends createZodDto(CreateEventRequest) {}
class UpdateEventDto extends createZodDto(UpdateEventRequest) {}
class EventDirectoryQueryDto extends createZodDto(EventDirectoryQuery) {}
class RsvpDto extends createZodDto(RsvpRequest) {}
class ParticipantQueryDto extends createZodDto(ParticipantQuery) {}
class EventDto extends createZodDto(Event) {}
class EventPageDto extends createZodDto(EventPage) {}
class ParticipantPageDto extends createZodDto(ParticipantPage) {}

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly rsvps: EventRsvpsService,
    private readonly calendar: EventCalendarService,
  ) {}

  @ApiBearerAuth()
  @RequireVerifiedEmail()
  @Post()
  @ZodResponse({ status: 201, type: EventDto, description: 'Published, as a person or an organisation' })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateEventDto): Promise<Event> {
    return this.events.create(user, body);
  }

  @Public()
  @Get()
  @ZodResponse({
    status: 200,
    type: EventPageDto,
    description: 'Upcoming events soonest first (or past ones latest first) that the viewer may see',
  })
  directory(
    @Viewer() viewer: AuthUser | undefined,
    @Query() query: EventDirectoryQueryDto,
  ): Promise<EventPage> {
    return this.events.directory(viewer, query);
  }

  @Public()
  @Get(':id.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The event as iCalendar, with its VTIMEZONE', schema: { type: 'string' } })
  async ics(
    @Viewer() viewer: AuthUser | undefined,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.calendar.eventCalendar(id, viewer);
    reply.header('content-type', 'text/calendar; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="event-${id}.ics"`);
    return body;
  }

  @Public()
  @Get(':id')
  @ZodResponse({ status: 200, type: EventDto, description: 'The event, if the viewer may see it' })
  get(@Viewer() viewer: AuthUser | undefined, @Param('id') id: string): Promise<Event> {
    return this.events.get(id, viewer);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @ZodResponse({
    status: 200,
    type: EventDto,
    description: 'Updated by an organiser; moves and status changes tell the participants',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: UpdateEventDto,
  ): Promise<Event> {
    return this.events.update(id, user, body);
  }

  @ApiBearerAuth()
  @Put(':id/rsvp')
  @ZodResponse({
    status: 200,
    type: EventDto,
    description: 'Going or interested; going on a full event joins the waitlist',
  })
  answer(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: RsvpDto): Promise<Event> {
    return this.rsvps.answer(id, user, body);
  }

  @ApiBearerAuth()
  @Delete(':id/rsvp')
  @ZodResponse({
    status: 200,
    type: EventDto,
    description: 'Withdrawn; a freed place goes to the first on the waitlist',
  })
  withdraw(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Event> {
    return this.rsvps.withdraw(id, user);
  }

  @ApiBearerAuth()
  @Get(':id/participants')
  @ZodResponse({ status: 200, type: ParticipantPageDto, description: 'For organisers: who answered' })
  participants(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() query: ParticipantQueryDto,
  ): Promise<ParticipantPage> {
    return this.rsvps.participants(id, user, query);
  }

  @ApiBearerAuth()
  @Get(':id/participants.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'For organisers: names and handles as CSV', schema: { type: 'string' } })
  async participantsCsv(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.rsvps.participantsCsv(id, user);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="participants-${id}.csv"`);
    return body;
  }
}
