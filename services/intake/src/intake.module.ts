import { Module } from '@nestjs/common';
import { IntakeController } from './adapters/intake.controller.js';
import { RequestRepository } from './adapters/request.repository.js';
import { cryptoProvider } from './adapters/crypto.provider.js';
import { SubmitRequest } from './commands/submit-request.command.js';
import { GetRequest } from './queries/get-request.query.js';

@Module({
  controllers: [IntakeController],
  providers: [RequestRepository, cryptoProvider, SubmitRequest, GetRequest],
})
export class IntakeModule {}
